using System.Net;
using System.Text;

namespace GovReportGen.Cli.Preview;

/// <summary>The preview's own pages (Chinese): the agency and year picker, the side-by-side page with its overlay.</summary>
internal static class PreviewPages
{
    private const string Style = """
        body{margin:0;font-family:sans-serif;}
        header{padding:6px 12px;background:#223;color:#fff;font-size:14px;display:flex;gap:16px;align-items:center}
        header a{color:#cdf}
        main{display:flex;height:calc(100vh - 34px)}
        main iframe{flex:1;border:0;border-right:1px solid #ccc;height:100%}
        #overlay{position:fixed;left:0;right:0;top:34px;bottom:0;background:rgba(60,0,0,.88);color:#fff;overflow:auto;padding:16px 24px;display:none}
        #overlay h2{margin-top:0}
        #overlay li{margin:0 0 10px 0;font-family:monospace;font-size:14px;white-space:pre-wrap}
        #overlay .loc{color:#fc8} #overlay .cell{color:#8cf}
        ul.picker li{margin:4px 0}
        """;

    public static string Picker(IReadOnlyList<(string Agency, IReadOnlyList<int> Years)> reports)
    {
        var body = new StringBuilder();
        body.Append("<h1>选择要预览的报告</h1>");
        if (reports.Count == 0) body.Append("<p>数据目录中没有年度数据文件。</p>");
        body.Append("<ul class=\"picker\">");
        foreach (var (agency, years) in reports)
        {
            body.Append("<li>").Append(Encode(agency)).Append("：");
            body.AppendJoin(" ", years.Select(y => $"<a href=\"/report/{Uri.EscapeDataString(agency)}/{y}\">{y} 年度</a>"));
            body.Append("</li>");
        }
        body.Append("</ul>");
        return Page("报告预览", $"<div style=\"padding:12px\">{body}</div>");
    }

    public static string Waiting(string message) => Page("报告预览", $"<p style=\"padding:12px\">{Encode(message)}</p>");

    public static string Report(string agency, int year)
    {
        var title = $"{agency} {year} 年度";
        var body = $$"""
            <header><a href="/">选择报告</a><span>{{Encode(title)}}</span><span id="status">正在生成……</span></header>
            <main><iframe id="html-frame" title="网页版" src="about:blank"></iframe><iframe id="pdf-frame" title="PDF 版" src="about:blank"></iframe></main>
            <div id="overlay" role="alert"><h2>报告有错误，仍显示上次成功生成的版本</h2><ol id="diagnostics"></ol></div>
            <script>
            const base = location.pathname.replace(/\/$/, '');
            let shownHtml = 0, shownPdf = 0;
            function esc(t) { const d = document.createElement('div'); d.textContent = t; return d.innerHTML; }
            async function refresh() {
              const s = await (await fetch(base + '/state', {cache: 'no-store'})).json();
              if (s.htmlVersion > 0 && s.htmlVersion !== shownHtml) { shownHtml = s.htmlVersion; document.getElementById('html-frame').src = base + '/html?v=' + s.htmlVersion; }
              if (s.pdfVersion > 0 && s.pdfVersion !== shownPdf) { shownPdf = s.pdfVersion; document.getElementById('pdf-frame').src = base + '/pdf?v=' + s.pdfVersion; }
              const errors = s.diagnostics.filter(d => d.severity === '错误');
              document.getElementById('diagnostics').innerHTML = s.diagnostics.map(d =>
                '<li><span class="loc">' + esc(d.location) + '</span> ' + esc(d.severity) + ' ' + esc(d.id) +
                (d.cell ? ' <span class="cell">【' + esc(d.cell) + '】</span>' : '') + '\n' + esc(d.message) +
                (d.suggestion ? '\n建议：' + esc(d.suggestion) : '') + '</li>').join('');
              document.getElementById('overlay').style.display = s.hasErrors ? 'block' : 'none';
              document.getElementById('status').textContent = s.rendering ? '正在生成……'
                : errors.length > 0 ? ('有 ' + errors.length + ' 个错误') : ('已更新（第 ' + s.version + ' 次）');
              document.body.dataset.version = s.version;
            }
            new EventSource(base + '/events').onmessage = () => refresh();
            refresh();
            </script>
            """;
        return Page($"预览：{title}", body);
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{Style}</style></head><body>{body}</body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
