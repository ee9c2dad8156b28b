using System.CommandLine;
using NewsEntities.Cli;

var root = new RootCommand("Extracts people, organizations, places and attributed quotes from English news text.")
{
    ExtractCommand.Create(),
    RenderCommand.Create(),
    NerCommand.Create(),
    EvalPolnearCommand.Create(),
};

return root.Parse(args).Invoke();
