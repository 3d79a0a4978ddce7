from .event import PlanEvent
from .plan import AwardCategory, Plan, PlanAgendaItem, PlanStatus, PlanTask

__all__ = ["Plan", "PlanStatus", "PlanAgendaItem", "AwardCategory", "PlanTask", "PlanEvent"]
