using Grader.Protocol;

namespace Grader.Worker.Quiz;

/// <summary>A <see cref="RequestKind.Quiz"/> request: one <see cref="EventType.QuizGraded"/> event
/// with every outcome (the Done line follows from the request loop).</summary>
internal static class QuizRequest
{
    public static void Handle(WorkerRequest request, EventChannel channel) =>
        channel.Send(new WorkerEvent { Type = EventType.QuizGraded, QuizOutcomes = QuizEvaluator.Evaluate(request.Quiz) });
}
