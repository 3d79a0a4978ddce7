from .user import ROLE_PRIORITY, Role, RoleAssignment, User

__all__ = ["User", "Role", "RoleAssignment", "ROLE_PRIORITY"]
