using Claims.Domain.Claims;
using Claims.Domain.Evidence;
using Claims.Domain.Fraud;

namespace Claims.Tests.Domain;

/// <summary>Content sniffing, the required-evidence list of DOMAIN.md, and a stored fraud assessment read back.</summary>
public sealed class EvidenceRulesTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, EvidenceKind.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, EvidenceKind.Png)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, EvidenceKind.Pdf)]
    public void Sniff_KnownMagicBytes_IsThatKind(byte[] head, EvidenceKind kind) => Assert.Equal(kind, EvidenceContent.Sniff(head));

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 })] // a Windows executable (MZ)
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 })] // an ELF binary
    [InlineData(new byte[] { 0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E, 0x2F, 0x73 })] // a shell script
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })] // half a PNG signature
    [InlineData(new byte[0])]
    public void Sniff_AnythingElse_IsNothing(byte[] head) => Assert.Null(EvidenceContent.Sniff(head));

    [Fact]
    public void RequiredEvidence_Default_IsFourDamagePhotosLicenceAndRegistration()
    {
        var missing = new RequiredEvidence().Missing(LossCause.Collision, new Dictionary<EvidenceCategory, int> { [EvidenceCategory.Damage] = 3, [EvidenceCategory.Scene] = 2 });

        Assert.Equal(
            ["Damage: 3 of 4", "DrivingLicence", "Registration"],
            missing.Select(m => m.Text));
    }

    [Fact]
    public void RequiredEvidence_AllPresent_NothingMissing()
    {
        var present = new Dictionary<EvidenceCategory, int> { [EvidenceCategory.Damage] = 4, [EvidenceCategory.DrivingLicence] = 1, [EvidenceCategory.Registration] = 2 };

        Assert.Empty(new RequiredEvidence().Missing(LossCause.Hail, present));
    }

    [Fact]
    public void RequiredEvidence_ClaimTypeListed_UsesItsOwnList()
    {
        var rules = new RequiredEvidence();
        rules.ByClaimType["Theft"] = new() { [EvidenceCategory.PoliceReport] = 1, [EvidenceCategory.Damage] = 0 };

        Assert.Equal(["PoliceReport"], rules.Missing(LossCause.Theft, new Dictionary<EvidenceCategory, int>()).Select(m => m.Text));
        Assert.Equal(["Damage: 0 of 4", "DrivingLicence", "Registration"], rules.Missing(LossCause.Collision, new Dictionary<EvidenceCategory, int>()).Select(m => m.Text));
    }

    [Fact]
    public void FraudAssessment_StoredIndicators_ReadBackWithTheirFacts()
    {
        var score = new FraudScore(60, [new FiredIndicator(FraudIndicator.LateNotice, 10, "Reported 120 hours after the loss."), new FiredIndicator(FraudIndicator.ReusedPhoto, 40, "a|b\nc")], true);

        var stored = FraudAssessment.Of(Guid.NewGuid(), FraudTrigger.Evidence, score, DateTime.UtcNow);

        Assert.Equal(
            [(FraudIndicator.LateNotice, 10, "Reported 120 hours after the loss."), (FraudIndicator.ReusedPhoto, 40, "a|b c")],
            stored.Fired.Select(f => (f.Indicator, f.Weight, f.Facts)));
    }
}
