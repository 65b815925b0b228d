using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Claims.Web.Features.Reinspections;

/// <summary>Small charts drawn on the server as inline SVG: no script, no CDN, readable without JavaScript.</summary>
public static class SvgCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Horizontal bars, one per label, scaled to the largest value.</summary>
    public static IHtmlContent Bars(string id, string title, IReadOnlyList<(string Label, decimal Value)> bars)
    {
        const int labelWidth = 220, barWidth = 300, row = 26;
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var height = bars.Count * row + 10;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg id=\"{id}\" class=\"chart\" role=\"img\" viewBox=\"0 0 {labelWidth + barWidth + 60} {height}\" width=\"{labelWidth + barWidth + 60}\" height=\"{height}\">");
        svg.Append(Inv, $"<title>{Encode(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = i * row + 5;
            var w = (double)(value / max) * barWidth;
            svg.Append(Inv, $"<text x=\"{labelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"12\">{Encode(label)}</text>");
            svg.Append(Inv, $"<rect class=\"bar\" x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"18\" fill=\"#0b5cab\" data-value=\"{value}\"></rect>");
            svg.Append(Inv, $"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 16}\" font-size=\"12\">{value.ToString("0.##", Inv)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Vertical columns, one per label (a histogram's buckets), scaled to the largest value.</summary>
    public static IHtmlContent Columns(string id, string title, IReadOnlyList<(string Label, decimal Value)> columns)
    {
        const int height = 220, left = 10, bottom = 30, top = 20, slot = 80;
        var width = left * 2 + Math.Max(1, columns.Count) * slot;
        var plotHeight = height - top - bottom;
        var max = columns.Count == 0 ? 1 : Math.Max(1, columns.Max(c => c.Value));
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg id=\"{id}\" class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">");
        svg.Append(Inv, $"<title>{Encode(title)}</title>");
        for (var i = 0; i < columns.Count; i++)
        {
            var (label, value) = columns[i];
            var h = (double)(value / max) * plotHeight;
            var x = left + i * slot;
            svg.Append(Inv, $"<rect class=\"bar\" x=\"{x + 10}\" y=\"{top + plotHeight - h:0.#}\" width=\"{slot - 20}\" height=\"{h:0.#}\" fill=\"#0b5cab\" data-value=\"{value}\"></rect>");
            svg.Append(Inv, $"<text x=\"{x + slot / 2}\" y=\"{top + plotHeight - h - 4:0.#}\" text-anchor=\"middle\" font-size=\"11\">{value.ToString("0.##", Inv)}</text>");
            svg.Append(Inv, $"<text x=\"{x + slot / 2}\" y=\"{height - 10}\" text-anchor=\"middle\" font-size=\"11\">{Encode(label)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A line over 0..100 with one point per label (e.g. the monthly score).</summary>
    public static IHtmlContent Line(string id, string title, IReadOnlyList<(string Label, decimal Value)> points)
    {
        const int width = 560, height = 220, left = 40, bottom = 30, top = 10;
        var plotWidth = width - left - 20;
        var plotHeight = height - top - bottom;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg id=\"{id}\" class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">");
        svg.Append(Inv, $"<title>{Encode(title)}</title>");
        foreach (var tick in new[] { 0, 50, 100 })
        {
            var ty = top + plotHeight - tick / 100.0 * plotHeight;
            svg.Append(Inv, $"<line x1=\"{left}\" x2=\"{width - 20}\" y1=\"{ty:0.#}\" y2=\"{ty:0.#}\" stroke=\"#d8dee5\"></line>");
            svg.Append(Inv, $"<text x=\"{left - 6}\" y=\"{ty + 4:0.#}\" text-anchor=\"end\" font-size=\"11\">{tick}</text>");
        }

        var step = points.Count > 1 ? plotWidth / (double)(points.Count - 1) : 0;
        var coordinates = points.Select((p, i) => (X: left + (points.Count > 1 ? i * step : plotWidth / 2.0),
            Y: top + plotHeight - (double)Math.Clamp(p.Value, 0, 100) / 100.0 * plotHeight, p.Label, p.Value)).ToList();
        if (coordinates.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#0b5cab\" stroke-width=\"2\" points=\"");
            svg.AppendJoin(' ', coordinates.Select(c => string.Create(Inv, $"{c.X:0.#},{c.Y:0.#}")));
            svg.Append("\"></polyline>");
        }

        foreach (var c in coordinates)
        {
            svg.Append(Inv, $"<circle class=\"point\" cx=\"{c.X:0.#}\" cy=\"{c.Y:0.#}\" r=\"4\" fill=\"#0b5cab\" data-value=\"{c.Value}\"></circle>");
            svg.Append(Inv, $"<text x=\"{c.X:0.#}\" y=\"{height - 10}\" text-anchor=\"middle\" font-size=\"11\">{Encode(c.Label)}</text>");
            svg.Append(Inv, $"<text x=\"{c.X:0.#}\" y=\"{c.Y - 8:0.#}\" text-anchor=\"middle\" font-size=\"11\">{c.Value.ToString("0.#", Inv)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
