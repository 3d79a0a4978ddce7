"""The one package of factory_boy factories for every app's tests (``from tests.factories
import PlanFactory``); each module holds one app's."""
from tests.factories.core import (  # noqa: F401
    CITY_AGENDA,
    CampaignFactory,
    RoleAssignmentFactory,
    UnitFactory,
    UserFactory,
)
from tests.factories.delegates import (  # noqa: F401
    ConferenceFactory,
    CongressDelegateFactory,
    DelegateFactory,
    SubmissionFactory,
    conference_for,
)
from tests.factories.honors import (  # noqa: F401
    AwardFactory,
    DecisionFactory,
    NominationFactory,
    NomineeFactory,
)
from tests.factories.ingest import ImportBatchFactory, ReceivedDocumentFactory  # noqa: F401
from tests.factories.plans import AgendaFactory, CategoryFactory, PlanFactory  # noqa: F401
from tests.factories.register import (  # noqa: F401
    AwardFormFactory,
    AwardRecordFactory,
    RegisterImportFactory,
    RegisterPersonFactory,
    award_form,
    catalogue,
    messy_workbook,
)
from tests.factories.reports import (  # noqa: F401
    ReportAwardFactory,
    ReportCongressDelegateFactory,
    ResultsReportFactory,
    at,
)
