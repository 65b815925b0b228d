using Claims.Domain.Common;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding;

/// <summary>One demo user per role (the README lists them), plus a few more for queues by region and level.</summary>
public sealed class DemoUsersSeeder(IPasswordHasher<AppUser> hasher) : ISeeder
{
    public const string DemoPassword = "Claims!2026";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string? Region, int Level)> Users =
    [
        ("agent", "Li Wei (agent)", Roles.Agent, "SH", 0),
        ("underwriter", "Zhang Min (underwriter)", Roles.Underwriter, "SH", 1),
        ("senior.underwriter", "Chen Jing (senior underwriter)", Roles.SeniorUnderwriter, "SH", 2),
        ("headoffice.underwriter", "Qian Hua (head office underwriter)", Roles.HeadOfficeUnderwriter, null, 3),
        ("adjuster", "Wang Fang (loss adjuster)", Roles.LossAdjuster, "SH", 1),
        ("senior.adjuster", "Liu Yang (senior adjuster)", Roles.SeniorAdjuster, "SH", 2),
        ("headoffice.adjuster", "Deng Hui (head office claims)", Roles.SeniorAdjuster, null, 3),
        ("price.checker", "Huang Lei (price checker)", Roles.PriceChecker, "SH", 0),
        ("reinspector", "Zhao Qiang (re-inspector)", Roles.Reinspector, "SH", 0),
        ("manager", "Sun Li (manager)", Roles.Manager, null, 0),
        ("admin", "Admin", Roles.Admin, null, 0),
        ("adjuster.bj", "Zhou Tao (loss adjuster, Beijing)", Roles.LossAdjuster, "BJ", 1),
        ("adjuster.gd", "Wu Hong (loss adjuster, Guangdong)", Roles.LossAdjuster, "GD", 1),
        ("reinspector.bj", "Xu Na (re-inspector, Beijing)", Roles.Reinspector, "BJ", 0),
        ("investigator", "Ma Jun (special investigator)", Roles.Investigator, null, 0),
    ];

    public int Order => 0;

    public bool IsDemoData => false;

    public async Task SeedAsync(ClaimsDbContext db, CancellationToken ct)
    {
        var existing = await db.Users.Select(u => u.UserName).ToListAsync(ct);
        foreach (var (userName, displayName, role, region, level) in Users.Where(u => !existing.Contains(u.UserName)))
        {
            var user = AppUser.Create(userName, displayName, [role], region, level);
            user.SetPasswordHash(hasher.HashPassword(user, DemoPassword));
            db.Users.Add(user);
        }

        await db.SaveChangesAsync(ct);
    }
}
