using Experiments.Configuration.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Experiments.Configuration.Documents;

/// <summary>
/// Reads YAML text into <see cref="ConfigNode"/>s that keep their source and position. Only plain
/// data: a type tag (<c>!something</c>) is refused, because experiment files never name code.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>
    /// The document of <paramref name="text"/>, or null after a syntax error (reported to <paramref
    /// name="problems"/>).
    /// </summary>
    public static ConfigNode? Read(string text, string source, ProblemCollector problems)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = new Reading(parser, source, problems).ReadNode();
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                problems.Add(new ConfigProblem(
                    Locate(source, parser.Current!.Start), "", "a second YAML document follows the first",
                    Expected: "one document per file"));
            }

            return root;
        }
        catch (YamlException exception)
        {
            problems.Add(new ConfigProblem(
                Locate(source, exception.Start), "", "invalid YAML: " + exception.Message,
                Expected: "well-formed YAML"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, with no position, on some unterminated flow
            // collections; the last event it parsed is the nearest place to point at.
            var mark = parser.Current?.Start ?? Mark.Empty;
            problems.Add(new ConfigProblem(
                Locate(source, mark), "", "invalid YAML: the parser stopped after this point; is a [ or { list " +
                                          "left unclosed?",
                Expected: "well-formed YAML"));
            return null;
        }
    }

    private static SourceLocation Locate(string source, Mark mark) => new(source, (int)mark.Line, (int)mark.Column);

    private sealed class Reading(IParser parser, string source, ProblemCollector problems)
    {
        private readonly Dictionary<string, ConfigNode> _anchors = [];

        public ConfigNode ReadNode()
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                return _anchors.TryGetValue(alias.Value.Value, out var anchored)
                    ? anchored
                    : throw new YamlException(alias.Start, alias.End, $"unknown alias *{alias.Value}");
            }

            var start = parser.Current as NodeEvent
                ?? throw new YamlException(parser.Current!.Start, parser.Current.End, "expected a value");
            RejectTag(start);
            ConfigNode node = start switch
            {
                Scalar scalar => ReadScalar(scalar),
                SequenceStart => ReadSequence(),
                MappingStart => ReadMapping(),
                _ => throw new YamlException(start.Start, start.End, "expected a value"),
            };
            if (!start.Anchor.IsEmpty)
            {
                _anchors[start.Anchor.Value] = node;
            }

            return node;
        }

        private ConfigScalar ReadScalar(Scalar scalar)
        {
            parser.MoveNext();
            return new ConfigScalar(scalar.Value, scalar.Style != ScalarStyle.Plain, Locate(source, scalar.Start));
        }

        private ConfigSequence ReadSequence()
        {
            var start = parser.Consume<SequenceStart>();
            var items = new List<ConfigNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode());
            }

            return new ConfigSequence(items, Locate(source, start.Start));
        }

        private ConfigMapping ReadMapping()
        {
            var start = parser.Consume<MappingStart>();
            var entries = new List<ConfigEntry>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode();
                var value = ReadNode();
                if (key is not ConfigScalar scalarKey)
                {
                    problems.Add(key, "", "a mapping key must be a plain name", "a scalar key");
                }
                else if (entries.Any(entry => entry.Name == scalarKey.Value))
                {
                    problems.Add(new ConfigProblem(
                        key.Location, scalarKey.Value, "duplicate key", key.Describe(), "each key once per mapping"));
                }
                else
                {
                    entries.Add(new ConfigEntry(scalarKey, value));
                }
            }

            return new ConfigMapping(entries, Locate(source, start.Start));
        }

        private void RejectTag(NodeEvent node)
        {
            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                problems.Add(new ConfigProblem(
                    Locate(source, node.Start), "", "YAML type tags are not allowed", $"'{node.Tag.Value}'",
                    "plain values (remove the tag)"));
            }
        }
    }
}
