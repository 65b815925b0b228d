using System.Text;

namespace Claims.Domain.Common.Csv;

/// <summary>A record and the physical line it starts on (1-based); <see cref="Error"/> is set when it is malformed.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);

/// <summary>RFC 4180 reader: comma separator, quoted fields with doubled quotes and line breaks, CRLF or LF, optional BOM.</summary>
public static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        var state = new State();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && state.AtFieldStart)
            {
                i = ReadQuoted(text, i + 1, state);
            }
            else if (c == ',')
            {
                state.EndField();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                state.EndRecord();
                state.Line++;
                state.RecordLine = state.Line;
            }
            else
            {
                if (c == '"')
                {
                    state.Error ??= "A quote inside an unquoted field: quote the whole field and double the inner quote.";
                }

                state.Field.Append(c);
                state.AtFieldStart = false;
                i++;
            }
        }

        state.EndRecord();
        return state.Records;
    }

    private static int ReadQuoted(string text, int i, State state)
    {
        state.AtFieldStart = false;
        state.Quoted = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    state.Field.Append('"');
                    i += 2;
                    continue;
                }

                i++;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    state.Error ??= "Text after a closing quote: a quote inside a field must be doubled.";
                }

                return i;
            }

            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                state.Line++;
            }

            state.Field.Append(c);
            i++;
        }

        state.Error ??= "A quoted field is not closed before the end of the file.";
        return i;
    }

    private sealed class State
    {
        public List<CsvRecord> Records { get; } = [];
        public List<string> Fields { get; } = [];
        public StringBuilder Field { get; } = new();
        public int Line { get; set; } = 1;
        public int RecordLine { get; set; } = 1;
        public bool AtFieldStart { get; set; } = true;
        public bool Quoted { get; set; }
        public string? Error { get; set; }

        public void EndField()
        {
            Fields.Add(Field.ToString());
            Field.Clear();
            AtFieldStart = true;
        }

        public void EndRecord()
        {
            // Blank or whitespace-only lines separate nothing; skip them rather than report them.
            var blank = Fields.Count == 0 && !Quoted && Error is null && string.IsNullOrWhiteSpace(Field.ToString());
            if (!blank)
            {
                EndField();
                Records.Add(new CsvRecord(RecordLine, [.. Fields], Error));
            }

            Fields.Clear();
            Field.Clear();
            AtFieldStart = true;
            Quoted = false;
            Error = null;
        }
    }
}
