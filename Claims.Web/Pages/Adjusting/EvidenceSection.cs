using Claims.Domain.Claims;
using Claims.Domain.Evidence;
using Claims.Web.Features.Evidence;
using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Pages.Adjusting;

/// <summary>The claim's evidence for the estimate and claim pages: what is there, what is missing, and whether this user may add more.</summary>
public sealed record EvidenceSection(Guid ClaimId, IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<MissingEvidence> Missing, bool CanUpload)
{
    public static async Task<EvidenceSection> LoadAsync(ClaimsDbContext db, EvidenceOptions options, Claim claim, bool canUpload, CancellationToken ct) =>
        new(claim.Id, await AttachmentView.ListAsync(db, claim.Id, ct), await RequiredEvidenceValidator.MissingAsync(db, options, claim, ct), canUpload);
}
