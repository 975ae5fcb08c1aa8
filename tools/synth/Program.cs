using Experiments.Synth;
using Spectre.Console.Cli;

var app = new CommandApp<SynthesizeCommand>();
app.Configure(config => config.SetApplicationName("experiments-synth"));
return app.Run(args);
