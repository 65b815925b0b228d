using System.Text.Json.Nodes;
using Claims.Workflows.Expressions;

namespace Claims.Tests.Workflows;

/// <summary>Liquid (Fluid 3.0.0) for human-task subjects and mail text: the same names as JavaScript, as data.</summary>
public class LiquidExpressionTests
{
    private static readonly ExpressionEvaluator Evaluator = RunnerFixture.Expressions;

    private static ExpressionContext Context() => ExpressionTests.Context();

    [Theory]
    [InlineData("Review claim {{ claim.number }}", "Review claim C-17")]
    [InlineData("Risk {{ variables.RiskScore }} / {{ RiskScore }}", "Risk 42 / 42")]
    [InlineData("Driver aged {{ claim.driver.age }} via {{ input.channel }}", "Driver aged 23 via web")]
    [InlineData("{{ Tags | join: ', ' | upcase }}", "YOUNG, COMMERCIAL")]
    [InlineData("{% if claim.amount > 1000 %}large{% else %}small{% endif %}", "large")]
    [InlineData("{{ claim.missing }}!", "!")]
    public void Liquid_Template_RendersFromContext(string template, string expected)
    {
        var value = Evaluator.Evaluate<string>(new ExpressionValue(ExpressionSyntax.Liquid, JsonValue.Create(template)), Context());

        Assert.Equal(expected, value);
    }

    [Fact]
    public void Liquid_UnclosedTag_FailsPublishCheckWithTheReason()
    {
        var error = Evaluator.Check(new ExpressionValue(ExpressionSyntax.Liquid, JsonValue.Create("{% if claim.amount > 1 %}never closed")));

        Assert.StartsWith("Liquid:", error);
    }

    [Fact]
    public void Liquid_EndlessLoop_StopsAtTheStepLimit()
    {
        var template = "{% for i in (1..100000) %}{% for j in (1..100000) %}x{% endfor %}{% endfor %}";

        Assert.Throws<ExpressionException>(() => Evaluator.Evaluate(new ExpressionValue(ExpressionSyntax.Liquid, JsonValue.Create(template)), Context()));
    }
}
