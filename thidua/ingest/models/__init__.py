from thidua.ingest.models.received import ImportBatch, ReceivedDocument  # noqa: F401
