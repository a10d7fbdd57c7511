using Scriban;
using Scriban.Syntax;

namespace GovReportGen.Templating;

/// <summary>
/// A template context that remembers which template-function calls are running. A cell printed by
/// <c>applicant_cells</c> (defined once in functions.sbn) is written at functions.sbn's line, but the line an editor
/// changes is the call, <c>{{ applicant_cells rows.carried_in }}</c>; <see cref="SourceMappedOutput"/> records the
/// outermost running call with each piece of output so the official-structure check (GRG4009) can point there.
/// </summary>
internal sealed class CallSiteTrackingContext : TemplateContext
{
    private int _depth;

    /// <summary>The outermost template-function call now running, if any (includes are not calls: a partial is its own place).</summary>
    public Scriban.Parsing.SourceSpan? OutermostCall { get; private set; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not ScriptFunctionCall call || IsInclude(call))
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        if (_depth++ == 0) OutermostCall = call.Span;
        try
        {
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
        finally
        {
            if (--_depth == 0) OutermostCall = null;
        }
    }

    private static bool IsInclude(ScriptFunctionCall call) => call.Target is ScriptVariable { Name: "include" };
}
