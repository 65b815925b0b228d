using Claims.Domain.Common.Csv;

namespace Claims.Tests.Domain;

public class CsvReaderTests
{
    [Fact]
    public void CsvReader_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var records = CsvReader.Read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two\nlines"], records[1].Fields);
        Assert.Equal(["last", "", ""], records[2].Fields);
    }

    [Fact]
    public void CsvReader_RecordAfterMultiLineField_ReportsItsPhysicalLine()
    {
        var records = CsvReader.Read("h1,h2\n\"a\nb\nc\",1\n\nz,2\n");

        Assert.Equal([1, 2, 6], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void CsvReader_ByteOrderMarkAndNoFinalLineBreak_AreAccepted()
    {
        var records = CsvReader.Read("\uFEFFh1,h2\r\n1,2");

        Assert.Equal(["h1", "h2"], records[0].Fields);
        Assert.Equal(["1", "2"], records[1].Fields);
    }

    [Theory]
    [InlineData("a,\"b\"x,c", "Text after a closing quote")]
    [InlineData("a,b\"c,d", "A quote inside an unquoted field")]
    [InlineData("a,\"never closed", "not closed")]
    public void CsvReader_MalformedQuotes_AreReported(string text, string message)
    {
        var record = Assert.Single(CsvReader.Read(text));

        Assert.Contains(message, record.Error);
    }
}
