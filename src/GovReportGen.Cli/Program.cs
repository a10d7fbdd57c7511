using System.CommandLine;
using System.Text;
using GovReportGen.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error);
