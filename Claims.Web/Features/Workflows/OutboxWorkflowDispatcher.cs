using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;

namespace Claims.Web.Features.Workflows;

/// <summary>Child starts and parent resumes as outbox messages on the request's unit of work (the same DbContext the host stages on).</summary>
public sealed class OutboxWorkflowDispatcher(ClaimsDbContext db, TimeProvider time) : IWorkflowDispatcher
{
    public void StartChild(ChildDispatch dispatch) =>
        db.AddOutboxMessage(new StartChildWorkflow(dispatch.ChildInstanceId, dispatch.DefinitionId, dispatch.Input.ToJsonString(),
            dispatch.BusinessObject?.Name, dispatch.BusinessObject?.Id,
            dispatch.Parent.InstanceId, dispatch.Parent.ActivityId, dispatch.Parent.BookmarkId), time.GetUtcNow().UtcDateTime);

    public void CompleteParent(ParentLink parent, ChildCompletion completion) =>
        db.AddOutboxMessage(new ResumeWorkflow(parent.BookmarkId ?? throw new InvalidOperationException("The parent does not wait."),
            null, completion.ToPayload().ToJsonString(), $"workflow:{completion.ChildInstanceId}"), time.GetUtcNow().UtcDateTime);
}
