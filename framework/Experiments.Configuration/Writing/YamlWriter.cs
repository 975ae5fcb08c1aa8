using System.Text.RegularExpressions;
using Experiments.Configuration.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Experiments.Configuration.Writing;

/// <summary>Writes nodes as block YAML; lists of plain values stay on one line (<c>[20, 30]</c>).</summary>
public static partial class YamlWriter
{
    public static string Write(ConfigNode root)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        var yaml = text.ToString();
        return yaml.EndsWith('\n') ? yaml : yaml + "\n";
    }

    private static void Emit(IEmitter emitter, ConfigNode node)
    {
        switch (node)
        {
            case ConfigScalar scalar:
                emitter.Emit(Scalar(scalar));
                break;
            case ConfigSequence sequence:
                var flow = sequence.Items.All(item => item is ConfigScalar);
                emitter.Emit(new SequenceStart(
                    AnchorName.Empty, TagName.Empty, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
                sequence.Items.ToList().ForEach(item => Emit(emitter, item));
                emitter.Emit(new SequenceEnd());
                break;
            case ConfigMapping mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                foreach (var entry in mapping.Entries)
                {
                    emitter.Emit(Scalar(entry.Key));
                    Emit(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
        }
    }

    /// <summary>A string that would read back as a number, boolean or null is quoted; others stay plain.</summary>
    private static Scalar Scalar(ConfigScalar scalar)
    {
        var quote = scalar.IsQuoted && (scalar.Value.Length == 0 || NonStringPattern().IsMatch(scalar.Value));
        return new Scalar(
            AnchorName.Empty, TagName.Empty, scalar.Value, quote ? ScalarStyle.DoubleQuoted : ScalarStyle.Any,
            isPlainImplicit: true, isQuotedImplicit: true);
    }

    [GeneratedRegex(@"^([-+]?[0-9.]+([eE][-+]?[0-9]+)?|true|false|True|False|null|Null|NULL|~|yes|no|on|off)$")]
    private static partial Regex NonStringPattern();
}
