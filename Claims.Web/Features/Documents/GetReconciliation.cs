using Claims.Domain.Common;
using Claims.Domain.Documents;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Features.Documents;

/// <summary>GET /api/documents/reconciliation/{holder}?type=PolicyForm: allocated, passed on, used, void, lost, on hand and gaps.</summary>
public static class GetReconciliation
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/documents/reconciliation/{holder}", Handle)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Documents")
            .Produces<Reconciliation>()
            .WithSummary("Reconcile one holder's controlled forms of one type.");

    public static async Task<IResult> Handle(string holder, string? type, ClaimsDbContext db, CancellationToken ct)
    {
        var documentType = DocumentType.PolicyForm;
        if (type is not null && !EnumText.TryParse(type, out documentType))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = [$"Type must be one of: {EnumText.Names<DocumentType>()}."] });
        }

        return TypedResults.Ok(await DocumentRegisterQueries.ReconcileAsync(db, holder, documentType, ct));
    }
}
