namespace Claims.Domain.Common.Csv;

public sealed record CsvError(int Line, string Message);

public sealed record CsvRow<T>(int Line, T Value);

/// <summary>The good rows and the errors of every bad line; import the rows only when there are no errors.</summary>
public sealed record CsvParseResult<T>(IReadOnlyList<CsvRow<T>> Rows, IReadOnlyList<CsvError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>The columns of a file format; names are matched case-insensitively, in any order.</summary>
public sealed record CsvLayout(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public string Header => string.Join(',', Required.Concat(Optional));
}

/// <summary>Header-bound parsing: validates every line, collects every error with its line number, rejects duplicates.</summary>
public static class CsvTable
{
    public static CsvParseResult<T> Parse<T>(string text, CsvLayout layout, Func<CsvLine, T?> map, Func<T, string> duplicateKey)
        where T : class
    {
        var records = CsvReader.Read(text);
        if (records.Count == 0)
        {
            return Failed<T>(new CsvError(1, $"The file is empty; the first line must be the header: {layout.Header}"));
        }

        var header = records[0];
        var (columns, headerErrors) = BindHeader(header, layout);
        if (headerErrors.Count > 0)
        {
            return new CsvParseResult<T>([], headerErrors);
        }

        if (records.Count == 1)
        {
            return Failed<T>(new CsvError(header.Line, "The file has a header but no data lines."));
        }

        var rows = new List<CsvRow<T>>(records.Count - 1);
        var errors = new List<CsvError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            if (record.Error is not null)
            {
                errors.Add(new CsvError(record.Line, record.Error));
                continue;
            }

            if (record.Fields.Count != header.Fields.Count)
            {
                errors.Add(new CsvError(record.Line, $"Expected {header.Fields.Count} fields, found {record.Fields.Count}."));
                continue;
            }

            var line = new CsvLine(record.Line, record.Fields, columns);
            var value = map(line);
            if (line.Errors.Count > 0 || value is null)
            {
                errors.AddRange(line.Errors.Select(e => new CsvError(record.Line, e)));
                continue;
            }

            var key = duplicateKey(value);
            if (seen.TryGetValue(key, out var firstLine))
            {
                errors.Add(new CsvError(record.Line, $"Duplicates line {firstLine} ({key})."));
                continue;
            }

            seen.Add(key, record.Line);
            rows.Add(new CsvRow<T>(record.Line, value));
        }

        return new CsvParseResult<T>(rows, errors);
    }

    private static (Dictionary<string, int> Columns, List<CsvError> Errors) BindHeader(CsvRecord header, CsvLayout layout)
    {
        var errors = new List<CsvError>();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (header.Error is not null)
        {
            errors.Add(new CsvError(header.Line, header.Error));
            return (columns, errors);
        }

        var known = layout.Required.Concat(layout.Optional).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (!known.Contains(name))
            {
                errors.Add(new CsvError(header.Line, $"Unknown column '{name}'; the columns are: {layout.Header}"));
            }
            else if (!columns.TryAdd(name, i))
            {
                errors.Add(new CsvError(header.Line, $"Column '{name}' appears twice."));
            }
        }

        errors.AddRange(layout.Required.Where(c => !columns.ContainsKey(c))
            .Select(c => new CsvError(header.Line, $"Missing column '{c}'; the columns are: {layout.Header}")));
        return (columns, errors);
    }

    private static CsvParseResult<T> Failed<T>(CsvError error) where T : class => new([], [error]);
}
