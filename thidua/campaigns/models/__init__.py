from .campaign import AgendaItemRule, Campaign, CampaignDeadline, DeadlineKey

__all__ = ["Campaign", "CampaignDeadline", "DeadlineKey", "AgendaItemRule"]
