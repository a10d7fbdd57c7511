using Scriban;
using Scriban.Runtime;

namespace GovReportGen.Templating;

/// <summary>
/// Scriban's <c>date</c> and <c>math</c> builtins without the two members that make output differ from run to
/// run (<c>date.now</c>, <c>math.random</c>): the same data and templates must give byte-identical reports.
/// Calling either is a located GRG4010 that says what to use instead.
/// </summary>
internal static class DeterministicBuiltins
{
    private static readonly ScriptObject Date = Without("date", "now",
        "模板不能读取当前时间（date.now）：同样的数据须生成同样的报告；请用 report.year、report.published_on 等数据中的日期");

    private static readonly ScriptObject Math = Without("math", "random",
        "模板不能使用随机数（math.random）：同样的数据须生成同样的报告");

    /// <summary>Shadows the two builtins in a global scope pushed above Scriban's.</summary>
    public static void AddTo(ScriptObject globals)
    {
        globals.SetValue("date", Date, readOnly: true);
        globals.SetValue("math", Math, readOnly: true);
    }

    private static ScriptObject Without(string builtin, string member, string message)
    {
        var original = (ScriptObject)new TemplateContext().BuiltinObject[builtin]!;
        var copy = new ScriptObject();
        foreach (var entry in original) copy.SetValue(entry.Key, entry.Value, readOnly: true);
        copy.SetValue(member, new RefusedFunction(message), readOnly: true);
        return copy;
    }

    /// <summary>A builtin slot that refuses to run; the templater turns the exception into a located GRG4010.</summary>
    private sealed class RefusedFunction(string message) : IScriptCustomFunction
    {
        // Any arguments are accepted, so the refusal, not an argument-count error, is what the editor reads.
        public int RequiredParameterCount => 0;
        public int ParameterCount => 1;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arguments");

        public object? Invoke(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
            throw new TemplateSandboxException(Located(callerContext), message);

        public ValueTask<object?> InvokeAsync(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
            throw new TemplateSandboxException(Located(callerContext), message);

        private static Scriban.Parsing.SourceSpan Located(Scriban.Syntax.ScriptNode? node) => node?.Span ?? default;
    }
}
