from .unit import EmulationCluster, PredecessorUnit, Unit, UnitKind

__all__ = ["Unit", "UnitKind", "PredecessorUnit", "EmulationCluster"]
