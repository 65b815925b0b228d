using Claims.Web.Features.Reinspections;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Kpis;
using static Claims.Tests.Builders.ReinspectionScenarios;

namespace Claims.Tests.Web.Security;

public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("Pudong Star 4S", "Pudong Star 4S")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Cell_TextStartingLikeAFormula_IsInert(string text, string expected) => Assert.Equal(expected, CsvText.Cell(text));

    [Theory]
    [InlineData(-12.50, "-12.5")]
    [InlineData(0.1234, "0.1234")]
    public void Cell_NegativeNumber_StaysANumber(decimal value, string expected) => Assert.Equal(expected, CsvText.Cell(value));

    [Fact]
    public void Cell_NegativeInteger_StaysANumber() => Assert.Equal("-3", CsvText.Cell(-3));

    [Fact]
    public async Task LeakageShopsExport_ShopNamedLikeAFormula_ComesOutInert()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Demo:Seed"] = "true";
        var adjuster = await ApiClients.ForAsync(app, "adjuster");
        var reinspector = await ApiClients.ForAsync(app, "reinspector");
        const string shop = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        var claim = await CloseFourSClaimAsync(app, adjuster, 5, shop);
        var auditId = await AuditIdAsync(app, claim.ClaimId);
        var reEstimate = await TaskAsync(reinspector, auditId, ReinspectionTasks.ReEstimate);
        await ReEstimateAsync(reinspector, auditId, claim);
        (await CompleteAsync(reinspector, reEstimate, "Submitted")).EnsureSuccessStatusCode();
        (await CompleteAsync(adjuster, await TaskAsync(adjuster, auditId, ReinspectionTasks.AuditFeedback), "Accept")).EnsureSuccessStatusCode();
        await Eventually.WaitAsync(() => AuditAsync(reinspector, auditId), a => a.GetProperty("status").GetString() == "Closed", what: "the audit to close");

        var manager = await ApiClients.ForAsync(app, "manager");
        var csv = await manager.GetStringAsync("/Dashboard?format=csv&table=leakage-shops");

        var row = csv.Split("\r\n").Single(l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",FourS,1,", row);
        Assert.DoesNotContain(csv.Split("\r\n").SelectMany(l => l.Split(',')), cell => cell.StartsWith('='));
    }
}
