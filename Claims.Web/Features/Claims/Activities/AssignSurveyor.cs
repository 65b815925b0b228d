using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.AssignSurveyor", Category = "Claims", DisplayName = "Assign surveyor",
    Description = "Gives the survey to the loss adjuster of the loss region with the least open work (none: the adjusters' queue).")]
public sealed class AssignSurveyor : Activity
{
    [Input(DisplayName = "Survey region", Description = "The region whose adjusters survey; empty means the loss region.",
        OptionsSource = global::Claims.Web.Features.ReferenceData.RegionOptions.SourceName)]
    public string? Region { get; set; }

    [Output(Description = "The adjuster's user name, or null when the region has none.")]
    public string? Adjuster { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Db();
        var claim = await context.ClaimAsync();
        var region = string.IsNullOrWhiteSpace(Region) ? claim.RegionCode : Region.Trim().ToUpperInvariant();
        var adjusters = (await db.Users.AsNoTracking().Where(u => u.RegionCode == region && u.Roles.Contains(Roles.LossAdjuster)).ToListAsync())
            .Where(u => u.RoleList.Contains(Roles.LossAdjuster)).ToList();
        var names = adjusters.Select(a => a.UserName).ToList();
        var open = await db.Claims.AsNoTracking()
            .Where(c => c.AssignedAdjuster != null && names.Contains(c.AssignedAdjuster) && c.Status != ClaimStatus.Closed && c.Status != ClaimStatus.Rejected)
            .GroupBy(c => c.AssignedAdjuster!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var pick = SurveyorAssignment.Pick(
            adjusters.Select(a => new SurveyorCandidate(a.UserName, a.RegionCode, a.AuthorityLevel, open.GetValueOrDefault(a.UserName))), region);
        claim.AssignSurveyor(pick?.UserName, pick?.AuthorityLevel ?? 1);
        Adjuster = pick?.UserName;
        context.Complete();
    }
}
