using System.ComponentModel.DataAnnotations;

namespace Claims.Workflows.Hosting;

/// <summary>Bound from the <c>Workflows</c> section.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>The shipped definitions folder (Elsa 3 JSON), imported at start-up when newer.</summary>
    [Required]
    public string ShippedFolder { get; set; } = "workflows";

    /// <summary>How often a node looks for due timers and overdue tasks.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan JavaScriptTimeout { get; set; } = TimeSpan.FromSeconds(1);

    [Range(64 * 1024, 1024L * 1024 * 1024)]
    public long JavaScriptMemoryLimitBytes { get; set; } = 4 * 1024 * 1024;
}
