using System.Collections.Concurrent;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Documents;
using GovReportGen.Documents.Markup;
using GovReportGen.Documents.Tables;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GovReportGen.Templating;

/// <summary>The safety limits every template runs under; configuration, not code paths.</summary>
/// <param name="StringLimitChars">
/// The longest single value a template may print. It must hold the longest data string after escaping
/// (a 64K-character scalar of <c>&amp;</c> escapes to six times that), so legal data always prints whole;
/// going over it, or over <paramref name="OutputLimitChars"/>, is a GRG4010 error, never a silent cut.
/// </param>
internal sealed record TemplateLimits(int LoopLimit = 10_000, int RecursiveLimit = 64, int OutputLimitChars = 4 * 1024 * 1024, TimeSpan? Timeout = null, int StringLimitChars = 1024 * 1024)
{
    public static readonly TemplateLimits Default = new();
    public TimeSpan EffectiveTimeout => Timeout ?? TimeSpan.FromSeconds(10);
}

/// <summary>
/// What templating one report gave: the Document when the markup parsed, and every finding. A Document that breaks the
/// official structure (GRG4009) is kept, so a reviewer can see what the templates printed, but the result has not
/// <see cref="Succeeded"/> and the report is not rendered.
/// </summary>
internal sealed record TemplateResult(Document? Document, string Markup, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> TemplatesUsed)
{
    /// <summary>The include names behind <see cref="TemplatesUsed"/> (<c>report.sbn</c>, <c>table3.sbn</c> …).</summary>
    public IReadOnlyList<string> TemplateNames { get; init; } = Array.Empty<string>();

    public bool Succeeded => Document is not null && !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Runs a report's templates in a sandbox and parses the markup into a Document. A template failure
/// of any kind — syntax, strict-mode miss, limit, sandbox refusal, markup outside the vocabulary —
/// is a located GRG4010 diagnostic for this report only; nothing is thrown.
/// One instance per run: templates are read and parsed once and shared across reports and threads.
/// </summary>
internal sealed class ReportTemplater(TemplateSources sources, TemplateLimits? limits = null)
{
    public const string MainTemplate = "report.sbn";

    private readonly TemplateLimits _limits = limits ?? TemplateLimits.Default;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateSources Sources => sources;

    public TemplateResult Render(ReportData report)
    {
        var diagnostics = new DiagnosticBag();
        var model = TemplateModel.Build(report, diagnostics);
        var loader = new SandboxTemplateLoader(sources, report.Format.Id, report.Agency.Id);
        var context = new CallSiteTrackingContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            LoopLimit = _limits.LoopLimit,
            RecursiveLimit = _limits.RecursiveLimit,
            OutputLimit = _limits.OutputLimitChars,
            LimitToString = _limits.StringLimitChars,
            // Scriban's default is to truncate (a string ends in "...", the output just stops): data would be lost silently.
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            TemplateLoader = loader,
            NewLine = "\n",
        };
        // Below the model, above Scriban's builtins: our include keeps partial output source-mapped.
        var overrides = new ScriptObject();
        overrides.SetValue("include", new MappedIncludeFunction(), readOnly: true);
        DeterministicBuiltins.AddTo(overrides);
        context.PushGlobal(overrides);
        context.PushGlobal(model);
        var output = new SourceMappedOutput(context, sources.Display);
        context.PushOutput(output);

        string mainPath;
        try
        {
            mainPath = loader.GetPath(context, default, MainTemplate);
        }
        catch (TemplateSandboxException e)
        {
            diagnostics.Error("GRG4010", new Diagnostics.SourceSpan(sources.Display(""), 1, 1), e.Message);
            return new TemplateResult(null, "", diagnostics.Items, loader.Used);
        }
        loader.Load(context, default, mainPath);
        var template = _parsed.GetOrAdd(mainPath, p => Template.Parse(sources.Read(p)!, p));
        if (template.HasErrors)
        {
            diagnostics.Add(SyntaxErrors.First(template.Messages, Located, sources.Read));
            return new TemplateResult(null, "", diagnostics.Items, loader.Used);
        }

        foreach (var (path, cached) in _parsed) context.CachedTemplates[path] = cached;
        using var timeout = new CancellationTokenSource(_limits.EffectiveTimeout);
        context.CancellationToken = timeout.Token;
        try
        {
            template.Render(context);
        }
        catch (TemplateSandboxException e)
        {
            diagnostics.Error("GRG4010", Located(e.Span), e.Message);
        }
        catch (ScriptParserRuntimeException e)
        {
            // A partial that does not parse: point at the error inside the partial, not at the include.
            diagnostics.Add(SyntaxErrors.First(e.ParserMessages, Located, sources.Read));
        }
        catch (ScriptAbortException e) when (timeout.IsCancellationRequested)
        {
            diagnostics.Error("GRG4010", Located(e.Span), TimedOut());
        }
        catch (ScriptRuntimeException e) when (e.InnerException is TemplateSandboxException sandbox)
        {
            diagnostics.Error("GRG4010", Located(e.Span), sandbox.Message);
        }
        catch (ScriptRuntimeException e)
        {
            var message = TemplateMessages.Translate(e.OriginalMessage);
            var span = Located(e.Span);
            var suggestion = MemberSuggestion.For(e.OriginalMessage, model, e.Span.FileName is { } file ? sources.Read(file) : null, span.Line, span.Column);
            diagnostics.Add(new Diagnostic("GRG4010", Severity.Error, span, suggestion is null ? message : $"{message}，是否应为“{suggestion}”？")
            {
                Suggestion = suggestion,
            });
        }
        catch (OperationCanceledException)
        {
            diagnostics.Error("GRG4010", Located(context.CurrentSpan), TimedOut());
        }
        foreach (var (path, cached) in context.CachedTemplates) _parsed.TryAdd(path, cached);
        if (diagnostics.HasErrors) return new TemplateResult(null, output.Text, diagnostics.Items, loader.Used);

        var markup = output.Text;
        if (string.IsNullOrWhiteSpace(markup))
        {
            // A blank report would be published as an empty page with exit 0: say so where the editor can act.
            diagnostics.Error("GRG4010", new Diagnostics.SourceSpan(sources.Display(mainPath), 1, 1),
                $"模板没有输出任何内容：{MainTemplate} 为空或所有内容都被条件跳过，报告不能为空白");
            return new TemplateResult(null, markup, diagnostics.Items, loader.Used);
        }
        var parsed = ReportMarkupParser.Parse(markup, sources.Display(mainPath), (line, column) => output.Locate(line, column),
            TableMetrics.Default, (line, column) => output.LocateAuthored(line, column));
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Document is not { } document)
            return new TemplateResult(null, markup, diagnostics.Items, loader.Used) { TemplateNames = loader.UsedNames };
        // Every report, whatever its templates or agency overrides print, must keep its format's official structure.
        diagnostics.AddRange(OfficialStructureCheck.Check(document, report.Format.Structure, new Diagnostics.SourceSpan(sources.Display(mainPath), 1, 1)));
        return new TemplateResult(document, markup, diagnostics.Items, loader.Used) { TemplateNames = loader.UsedNames };
    }

    private string TimedOut() => $"模板运行超过时间上限（{_limits.EffectiveTimeout.TotalSeconds} 秒），已停止（可能是死循环或过深的递归）";

    private Diagnostics.SourceSpan Located(Scriban.Parsing.SourceSpan span) =>
        // Scriban reports an error at the end of a file at line −1; the editor still needs a real line.
        new(sources.Display(span.FileName ?? MainTemplate), Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1));
}
