from django.apps import AppConfig

from thidua.common.navigation import NavItem  # noqa: F401  (used by nav_items)


class AccountsConfig(AppConfig):
    name = "thidua.accounts"
    label = "accounts"
    verbose_name = "Tài khoản và vai trò"
    default_auto_field = "django.db.models.BigAutoField"
    # Entries this app adds to the navigation bar (collected by thidua.core.navigation).
    nav_items = [

    ]
