using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GovReportGen.Templating;

/// <summary>
/// Replaces Scriban's <c>include</c>. The built-in one renders the partial into a fresh output and writes the
/// result back as one string at the include call, so every character of a partial would map to the
/// <c>{{ include }}</c> line of the including template. This one renders the partial straight into the
/// current output, where <see cref="SourceMappedOutput"/> records the partial's own positions; it returns
/// nothing, so <c>{{ include "x.sbn" }}</c> prints the partial exactly once. Sandbox refusals and syntax
/// errors in the partial surface as themselves, not wrapped in Scriban's generic include error.
/// </summary>
internal sealed class MappedIncludeFunction : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Scriban always passes the call node for a function call; the interface allows null, so fall back to no position.
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(span, "include 只接受一个参数：模板名称（如 include \"table3.sbn\"）");
        var name = context.ObjectToString(arguments[0]) ?? "";
        var loader = context.TemplateLoader ?? throw new ScriptRuntimeException(span, "模板加载器未设置");
        var path = loader.GetPath(context, span, name) ?? throw new ScriptRuntimeException(span, $"找不到被包含的模板“{name}”");
        if (!context.CachedTemplates.TryGetValue(path, out var template))
        {
            var text = loader.Load(context, span, path) ?? throw new ScriptRuntimeException(span, $"无法读取模板“{path}”");
            template = Template.Parse(text, path, context.TemplateLoaderParserOptions, context.TemplateLoaderLexerOptions);
            if (template.HasErrors)
                throw new ScriptParserRuntimeException(span, $"模板“{path}”有语法错误", template.Messages);
            context.CachedTemplates[path] = template;
        }
        context.EnterRecursive(callerContext);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "template_name");
}
