using Claims.Workflows.Engine;

namespace Claims.Workflows.Activities;

/// <summary>Elsa's console line: here it goes to the instance's journal, where the designer's viewer shows it.</summary>
[Activity("Elsa.WriteLine", Category = "Flow", DisplayName = "Write line", Description = "Writes a line of text to the instance's journal.")]
public sealed class WriteLine : Activity
{
    [Input(Description = "The text to write.")]
    public string? Text { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Note = Text;
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
