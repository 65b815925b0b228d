using Claims.Domain.Portal;

namespace Claims.Tests.Domain;

/// <summary>The online notice's one-time code: hashed at rest, expires, a few attempts, used once.</summary>
public sealed class OneTimeCodeTests
{
    private static readonly byte[] Key = "portal-code-test-key-0123456789abcdef"u8.ToArray();
    private static readonly DateTime Issued = new(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc);

    private static OneTimeCode Issue(string code = "042917") =>
        OneTimeCode.Issue(Guid.Parse("0193a000-0000-7000-8000-000000000001"), Guid.NewGuid(), code, Key, Issued, TimeSpan.FromMinutes(10));

    [Theory]
    [InlineData("042917", 0, CodeCheck.Accepted)]
    [InlineData("042917", 599, CodeCheck.Accepted)]
    [InlineData("042917", 600, CodeCheck.Expired)]
    [InlineData("042918", 0, CodeCheck.Wrong)]
    [InlineData("42917", 0, CodeCheck.Wrong)]
    [InlineData("04291a", 0, CodeCheck.Wrong)]
    [InlineData(null, 0, CodeCheck.Wrong)]
    public void Verify_CodeAndSecondsAfterIssue_Outcome(string? given, int seconds, CodeCheck expected) =>
        Assert.Equal(expected, Issue().Verify(given, Key, Issued.AddSeconds(seconds), maxAttempts: 5));

    [Theory]
    [InlineData(4, CodeCheck.Accepted)]
    [InlineData(5, CodeCheck.TooManyAttempts)]
    public void Verify_AfterWrongAttempts_RightCodeOnlyWithinLimit(int wrongAttempts, CodeCheck expected)
    {
        var code = Issue();
        for (var i = 0; i < wrongAttempts; i++)
        {
            Assert.Equal(CodeCheck.Wrong, code.Verify("000000", Key, Issued.AddMinutes(1), 5));
        }

        Assert.Equal(expected, code.Verify("042917", Key, Issued.AddMinutes(1), 5));
    }

    [Fact]
    public void Verify_AcceptedOnce_SecondUseRefused()
    {
        var code = Issue();

        var first = code.Verify("042917", Key, Issued.AddMinutes(1), 5);
        var second = code.Verify("042917", Key, Issued.AddMinutes(2), 5);

        Assert.Equal((CodeCheck.Accepted, CodeCheck.Used, Issued.AddMinutes(1)), (first, second, code.UsedAt));
    }

    [Fact]
    public void Issue_Stored_HoldsKeyedHashNotTheCode()
    {
        var code = Issue();

        Assert.DoesNotContain("042917", code.Hash, StringComparison.Ordinal);
        Assert.Equal(64, code.Hash.Length);
        Assert.NotEqual(code.Hash, OneTimeCode.HashOf(code.Id, "042917", "another-key-0123456789"u8.ToArray()));
        Assert.Equal(CodeCheck.Wrong, code.Verify("042917", "another-key-0123456789"u8.ToArray(), Issued, 5));
    }

    [Fact]
    public void NewCode_Drawn_SixDigitsWellFormed()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => OneTimeCode.NewCode()).ToList();

        Assert.All(codes, c => Assert.True(OneTimeCode.IsWellFormed(c), c));
        Assert.True(codes.Distinct().Count() > 190);
    }
}
