from django.apps import AppConfig

from thidua.common.navigation import HomePanel, NavItem


class HonorsConfig(AppConfig):
    name = "thidua.honors"
    label = "honors"
    verbose_name = "Khen thưởng"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [
        NavItem("Khen thưởng", "honors:nominations", order=40),
    ]
    home_panels = [
        HomePanel("honors/panels/submitter.html", context="thidua.honors.interfaces.panels.submitter_panel",
                  roles=("submitter",), order=20),
        HomePanel("honors/panels/council.html", context="thidua.honors.interfaces.panels.council_panel",
                  roles=("council_member",), order=20),
        HomePanel("honors/panels/quota.html", context="thidua.honors.interfaces.panels.quota_panel",
                  roles=("unit_officer",), order=30),
    ]

    def ready(self):
        from thidua.common import history

        for key, model, label in [
            ("nominee", "honors.Nominee", "Người, tập thể được đề xuất"),
            ("achievement", "honors.Achievement", "Thành tích (sáng kiến, đề tài, khen thưởng)"),
            ("evidence", "honors.EvidenceFile", "Tài liệu minh chứng"),
            ("criteria_set", "honors.CriteriaSet", "Bộ tiêu chí khen thưởng"),
            ("nomination", "honors.Nomination", "Đề xuất khen thưởng"),
            ("dossier", "honors.DossierDocument", "Hồ sơ đề xuất tải lên"),
            ("council_meeting", "honors.CouncilMeeting", "Phiên họp Hội đồng"),
            ("council_vote", "honors.CouncilVote", "Kết quả biểu quyết"),
            ("award_decision", "honors.AwardDecision", "Quyết định khen thưởng"),
            ("award", "honors.Award", "Danh sách khen thưởng"),
            ("certificate_layout", "honors.CertificateLayout", "Căn chỉnh in phôi giấy khen"),
        ]:
            history.register(key, model, label)
