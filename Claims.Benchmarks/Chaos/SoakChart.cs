using System.Globalization;
using System.Text;

namespace Claims.Benchmarks.Chaos;

/// <summary>The soak's samples as a two-panel SVG line chart: working set (MiB) and p99 latency (ms) over minutes.</summary>
public static class SoakChart
{
    private const int Width = 720;
    private const int PanelHeight = 160;
    private const int Left = 60;
    private const int Top = 24;

    public static string Svg(IReadOnlyList<SoakSample> samples)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{2 * (PanelHeight + Top) + 30}\" font-family=\"sans-serif\" font-size=\"11\">");
        Panel(svg, samples, s => s.WorkingSetMiB, "working set (MiB)", "#1f77b4", 0);
        Panel(svg, samples, s => s.P99Ms, "p99 latency (ms)", "#d62728", PanelHeight + Top);
        var minutes = samples.Count == 0 ? 0 : samples[^1].Minutes;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{2 * (PanelHeight + Top) + 20}\">minutes 0 – {minutes:0.0}</text></svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, IReadOnlyList<SoakSample> samples, Func<SoakSample, double> value, string title, string colour, int offset)
    {
        var max = samples.Count == 0 ? 1 : Math.Max(1, samples.Max(value)) * 1.1;
        var span = samples.Count == 0 ? 1 : Math.Max(0.01, samples[^1].Minutes);
        var plotWidth = Width - Left - 10;
        var y0 = offset + Top + PanelHeight;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{offset + Top - 6}\">{title} (max {max / 1.1:0})</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y0}\" x2=\"{Width - 10}\" y2=\"{y0}\" stroke=\"#888\"/><line x1=\"{Left}\" y1=\"{offset + Top}\" x2=\"{Left}\" y2=\"{y0}\" stroke=\"#888\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{offset + Top + 10}\">{max:0}</text><text x=\"4\" y=\"{y0}\">0</text>");
        var points = string.Join(' ', samples.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{Left + s.Minutes / span * plotWidth:0.0},{y0 - value(s) / max * PanelHeight:0.0}")));
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{points}\"/>");
    }
}
