using Claims.Web.Features.Auth;
using Claims.Web.Features.Documents;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Features.Claims;
using Claims.Web.Features.ReferenceData;
using Claims.Web.Features.Customers;
using Claims.Web.Features.Financials;
using Claims.Web.Features.Evidence;
using Claims.Web.Features.Investigations;
using Claims.Web.Features.Shops;
using Claims.Web.Features.Kpis;
using Claims.Web.Features.Portal;
using Claims.Web.Features.Reinspections;
using Claims.Web.Features.Surveys;
using Claims.Web.Features.Tasks;
using Claims.Web.Features.Workflows;
using Claims.Web.Infrastructure.OpenApi;

namespace Claims.Web.Features;

/// <summary>Every API feature maps itself here; one line per use case.</summary>
public static class FeatureMap
{
    public static void MapFeatures(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapGroup("").WithDescribedErrors();
        IssueToken.Map(app);
        AgentKpis.Map(app);
        ClaimMoneyKpis.Map(app);
        CustomerTimeline.Map(app);
        ListMyTasks.Map(app);
        CompleteTask.Map(app);
        StartWorkflow.Map(app);
        GetWorkflowInstance.Map(app);
        RetryWorkflowInstance.Map(app);
        DeliverMessage.Map(app);
        ImportPartsCatalogue.Map(app);
        ImportLabourStandards.Map(app);
        ImportHourlyRates.Map(app);
        SearchParts.Map(app);
        ListLabourStandards.Map(app);
        QuoteProposal.Map(app);
        SubmitProposal.Map(app);
        GetProposal.Map(app);
        GetPolicy.Map(app);
        AllocateRange.Map(app);
        RecordSerial.Map(app);
        GetReconciliation.Map(app);
        ReportClaim.Map(app);
        GetClaim.Map(app);
        RecordEstimate.Map(app);
        SubmitEstimate.Map(app);
        RecordFindings.Map(app);
        GetReinspection.Map(app);
        RecordReEstimate.Map(app);
        GetScorecard.Map(app);
        CreateSurvey.Map(app);
        app.MapClaimMoney();
        UploadAttachments.Map(app);
        ListAttachments.Map(app);
        DownloadAttachment.Map(app);
        InvestigationKpis.Map(app);
        app.MapRepairShops();
        PortalPhotos.Map(app);
    }
}
