using Claims.Workflows.Engine;

namespace Claims.Workflows.Hosting;

/// <summary>
/// Stages messages on the caller's unit of work (the app's outbox) so that a child's start commits with its parent's
/// state and a child's end commits with the child's final state: a crash loses neither, and any node may act on them.
/// </summary>
public interface IWorkflowDispatcher
{
    /// <summary>Start a child (the message carries its instance id, so a redelivery starts nothing twice).</summary>
    void StartChild(ChildDispatch dispatch);

    /// <summary>Resume the parent's <paramref name="parent"/> bookmark with how the child ended.</summary>
    void CompleteParent(ParentLink parent, ChildCompletion completion);
}
