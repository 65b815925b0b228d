using Claims.Domain.Documents;

namespace Claims.Tests.Domain;

public sealed class DocumentRegisterTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static SerialRange HeadOffice() => SerialRange.HeadOfficeStock(Guid.NewGuid(), DocumentType.PolicyForm, 1, 1000, Now, "admin");

    [Theory]
    [InlineData(HolderKind.Branch, 1, 100, null)]
    [InlineData(HolderKind.Branch, 901, 1000, null)]
    [InlineData(HolderKind.Branch, 950, 1001, "not within")]
    [InlineData(HolderKind.Branch, 150, 250, "overlaps")]
    [InlineData(HolderKind.Agent, 500, 600, "allocated to a Branch")]
    public void Allocation_SubRange_MustLieInParentsUnallocatedPart(HolderKind kind, long from, long to, string? error)
    {
        var ho = HeadOffice();
        var existing = ho.AllocateTo(Guid.NewGuid(), HolderKind.Branch, "BJ", 201, 300, [], Now, "admin");

        var problem = ho.CheckAllocation(kind, from, to, [existing]);

        if (error is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(error, problem);
        }
    }

    [Fact]
    public void Range_TakeNext_SkipsRecordedBlanksAndStopsWhenExhausted()
    {
        var agent = HeadOffice().AllocateTo(Guid.NewGuid(), HolderKind.Branch, "SH", 1, 10, [], Now, "admin")
            .AllocateTo(Guid.NewGuid(), HolderKind.Agent, "AG", 5, 7, [], Now, "admin");

        var taken = new[] { agent.TakeNext(new HashSet<long> { 6 }), agent.TakeNext(new HashSet<long> { 6 }), agent.TakeNext(new HashSet<long>()) };

        Assert.Equal([5L, 7L, null], taken);
    }

    [Fact]
    public void Reconciliation_IssuedVoidLost_AccountsEverySerialAndFindsGap()
    {
        var agent = HeadOffice().AllocateTo(Guid.NewGuid(), HolderKind.Branch, "SH", 1, 100, [], Now, "admin")
            .AllocateTo(Guid.NewGuid(), HolderKind.Agent, "AG", 1, 20, [], Now, "admin");
        var entries = new List<RegisterEntry>();
        for (var i = 0; i < 6; i++)
        {
            var serial = agent.TakeNext(new HashSet<long>())!.Value;
            if (serial != 4)
            {
                entries.Add(RegisterEntry.Issue(Guid.NewGuid(), agent, serial, $"P{serial}", Now, "agent"));
            }
        }

        entries[0].Void("misprinted", Now, "agent");
        entries.Add(RegisterEntry.Blank(Guid.NewGuid(), agent, 15, SerialStatus.Lost, "stolen from car", Now, "agent"));

        var r = Reconciliation.For("AG", DocumentType.PolicyForm, [agent], [], entries);

        // 20 allocated: 4 issued (2,3,5,6), 1 void (1), 1 lost (15), serial 4 unexplained → on hand 20-4-1-1 = 14 (13 blanks + the gap)
        Assert.Equal((20L, 4L, 1L, 1L, 14L), (r.Allocated, r.Used, r.Void, r.Lost, r.OnHand));
        Assert.Equal([new SerialGap(4, 4)], r.Gaps);
    }

    [Fact]
    public void Reconciliation_Branch_CountsPassedOnAsAllocatedOut()
    {
        var branch = HeadOffice().AllocateTo(Guid.NewGuid(), HolderKind.Branch, "SH", 1, 100, [], Now, "admin");
        var agent = branch.AllocateTo(Guid.NewGuid(), HolderKind.Agent, "AG", 1, 20, [], Now, "admin");

        var r = Reconciliation.For("SH", DocumentType.PolicyForm, [branch], [agent], []);

        Assert.Equal((100L, 20L, 80L, 0), (r.Allocated, r.PassedOn, r.OnHand, r.Gaps.Count));
    }
}
