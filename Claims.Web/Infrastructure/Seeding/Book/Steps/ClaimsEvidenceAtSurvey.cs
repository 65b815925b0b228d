using Claims.Domain.Claims;
using Claims.Domain.Estimates;
using Claims.Domain.Evidence;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>
/// In flight at the Shanghai adjuster's survey: one claim still short of its required evidence (two damage photos, no
/// registration: the estimate page lists what is missing and refuses to submit), and one whose damage photos include a
/// photo from a closed claim (the reused-photo indicator fires; the fraud score shows on the claim).
/// </summary>
public sealed class ClaimsEvidenceAtSurvey : IDemoStep
{
    public int Order => 115;

    public string Name => "claims at survey with evidence flags";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var policies = await DemoClaims.PoliciesAsync(book, "SH", book.AsOfDate.AddDays(-10));
        var missing = await DemoClaims.ReportAsync(book, policies[21 % policies.Count], book.AsOf.AddHours(-20), ct, "Full");
        var (claim, _, _) = await DemoClaims.RecordAsync(book, missing, book.AsOf.AddHours(-6), DemoEstimate.Catalogue, ShopClass.Class1, ct);
        await DemoEvidence.AttachRequiredAsync(book, claim, claim.AssignedAdjuster!, ct, damagePhotos: 2, documents: false);
        await DemoEvidence.UploadAsync(book, claim.Id, claim.AssignedAdjuster!, EvidenceCategory.DrivingLicence, null,
            [DemoEvidence.Pdf("driving-licence.pdf", "Driving licence", claim)], ct);

        var reused = await DemoClaims.ReportAsync(book, policies[23 % policies.Count], book.AsOf.AddHours(-26), ct, "Full");
        (claim, _, _) = await DemoClaims.RecordAsync(book, reused, book.AsOf.AddHours(-5), DemoEstimate.Catalogue, ShopClass.Class1, ct);
        var earlier = await book.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<ClaimsDbContext>();
            return (from a in db.Set<Attachment>().AsNoTracking()
                    join c in db.Claims on a.ClaimId equals c.Id
                    where a.Category == EvidenceCategory.Damage && c.Status == ClaimStatus.Closed
                    orderby a.UploadedAt, a.FileName
                    select a).FirstOrDefaultAsync(ct);
        });
        await DemoEvidence.AttachRequiredAsync(book, claim, claim.AssignedAdjuster!, ct, damagePhotos: 3);
        if (earlier is not null)
        {
            await DemoEvidence.UploadAsync(book, claim.Id, claim.AssignedAdjuster!, EvidenceCategory.Damage, DemoEvidence.DamagePosition,
                [await DemoEvidence.StoredAsync(book, earlier, ct)], ct);
        }

        return earlier is null ? 1 : 2;
    }
}
