using System.Text.Json.Nodes;
using Claims.Workflows.Expressions;

namespace Claims.Tests.Workflows;

public class ExpressionTests
{
    private static readonly ExpressionEvaluator Evaluator = RunnerFixture.Expressions;

    /// <summary>Shared with <see cref="LiquidExpressionTests"/>: both syntaxes see the same names.</summary>
    internal static ExpressionContext Context() => new(
        new JsonObject { ["RiskScore"] = 42, ["Tags"] = new JsonArray("young", "commercial") },
        new JsonObject { ["channel"] = "web" },
        "claim",
        JsonNode.Parse("""{"amount": 1800.50, "number": "C-17", "driver": {"age": 23}}"""));

    public static TheoryData<string, Type, object> Literals => new()
    {
        { "hello", typeof(string), "hello" },
        { "42", typeof(int), 42 },
        { "9000000000", typeof(long), 9_000_000_000L },
        { "2500.75", typeof(decimal), 2500.75m },
        { "0.25", typeof(double), 0.25 },
        { "true", typeof(bool), true },
        { "2026-12-01T08:30:00Z", typeof(DateTime), new DateTime(2026, 12, 1, 8, 30, 0, DateTimeKind.Utc) },
        { "2.00:00:00", typeof(TimeSpan), TimeSpan.FromDays(2) },
        { "PT4H", typeof(TimeSpan), TimeSpan.FromHours(4) },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Literal_TextOfDeclaredType_ConvertsToThatType(string text, Type type, object expected)
    {
        var value = Evaluator.Evaluate(ExpressionValue.Literal(text), type, Context());

        Assert.Equal(expected, value);
    }

    [Fact]
    public void Literal_CommaSeparatedList_BecomesStringList()
    {
        var value = Evaluator.Evaluate<List<string>>(ExpressionValue.Literal("Approve, Reject"), Context());

        Assert.Equal(["Approve", "Reject"], value);
    }

    [Theory]
    [InlineData("abc", typeof(int))]
    [InlineData("1.5", typeof(int))]
    [InlineData("yes", typeof(bool))]
    [InlineData("tomorrow", typeof(DateTime))]
    public void Literal_BadText_ThrowsExpressionException(string text, Type type)
    {
        var ex = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate(ExpressionValue.Literal(text), type, Context()));

        Assert.Contains(text, ex.Message);
    }

    [Fact]
    public void Variable_ByName_ReadsValue()
    {
        Assert.Equal(42, Evaluator.Evaluate<int>(new ExpressionValue("Variable", "RiskScore"), Context()));
    }

    [Theory]
    [InlineData("RiskScore + 1", 43)]
    [InlineData("variables.RiskScore * 2", 84)]
    [InlineData("claim.driver.age", 23)]
    [InlineData("Tags.length", 2)]
    public void JavaScript_VariablesAndBusinessObject_AreInScope(string code, int expected)
    {
        Assert.Equal(expected, Evaluator.Evaluate<int>(ExpressionValue.JavaScript(code), Context()));
    }

    [Theory]
    [InlineData("claim.amount < 2500", true)]
    [InlineData("input.channel === 'web' && claim.number === 'C-17'", true)]
    [InlineData("Tags.includes('fleet')", false)]
    public void JavaScript_Condition_ConvertsToBoolean(string code, bool expected)
    {
        Assert.Equal(expected, Evaluator.Evaluate<bool>(ExpressionValue.JavaScript(code), Context()));
    }

    [Fact]
    public void JavaScript_ObjectResult_ConvertsThroughJson()
    {
        var value = Evaluator.Evaluate(ExpressionValue.JavaScript("({ total: claim.amount, ok: true })"), typeof(object), Context());

        Assert.Equal(1800.5m, Assert.IsType<JsonObject>(value)["total"]!.GetValue<decimal>());
    }

    [Fact]
    public void JavaScript_NumberForDecimalInput_KeepsFraction()
    {
        Assert.Equal(1800.5m, Evaluator.Evaluate<decimal>(ExpressionValue.JavaScript("claim.amount"), Context()));
    }

    [Fact]
    public void JavaScript_InfiniteLoop_TimesOut()
    {
        var ex = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate(ExpressionValue.JavaScript("while(true){}"), typeof(bool), Context()));

        Assert.Contains("timed out", ex.Message);
    }

    [Fact]
    public void JavaScript_StatementLimit_StopsLongScripts()
    {
        var limited = ExpressionEvaluator.CreateDefault(new JavaScriptOptions { MaxStatements = 1_000 });

        var ex = Assert.Throws<ExpressionException>(() => limited.Evaluate(ExpressionValue.JavaScript("while(true){}"), typeof(bool), Context()));

        Assert.Contains("statements", ex.Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("claim.GetType()")]
    public void JavaScript_ClrAccess_IsUnavailable(string code)
    {
        var ex = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate(ExpressionValue.JavaScript(code), typeof(object), Context()));

        Assert.StartsWith("JavaScript error", ex.Message);
    }

    [Fact]
    public void JavaScript_UndeclaredAssignment_FailsInStrictMode()
    {
        Assert.Throws<ExpressionException>(() => Evaluator.Evaluate(ExpressionValue.JavaScript("leak = 1"), typeof(object), Context()));
    }

    [Fact]
    public void JavaScript_RunawayRecursion_IsStopped()
    {
        var ex = Assert.Throws<ExpressionException>(() =>
            Evaluator.Evaluate(ExpressionValue.JavaScript("function f(n) { return f(n + 1); } f(0)"), typeof(object), Context()));

        Assert.Contains("recursion", ex.Message);
    }

    [Fact]
    public void JavaScript_HugeAllocation_HitsMemoryLimit()
    {
        // A timeout far beyond the allocation's time, so on a loaded machine only the memory limit can stop it.
        var patient = ExpressionEvaluator.CreateDefault(new JavaScriptOptions { Timeout = TimeSpan.FromSeconds(60) });

        var ex = Assert.Throws<ExpressionException>(() =>
            patient.Evaluate(ExpressionValue.JavaScript("let a = []; for (let i = 0; i < 1e7; i++) { a.push('x' + i); } a.length"), typeof(int), Context()));

        Assert.Contains("memory", ex.Message);
    }

    [Theory]
    [InlineData("claim.amount <", false)]
    [InlineData("if (", false)]
    [InlineData("claim.amount < 2500", true)]
    public void Check_JavaScript_ReportsSyntaxErrors(string code, bool valid)
    {
        var error = Evaluator.Check(ExpressionValue.JavaScript(code));

        Assert.Equal(valid, error is null);
    }
}
