using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>
    /// Stands for a person who declares, in the IDE, the processing purposes and lawful bases that GDPR002 and GDPR003
    /// ask for. The code fixes ("Declare processing purpose on ...", "Declare lawful basis on ...") offer places and
    /// values; which purpose and which of the six bases apply is the controller's decision, which is why <c>dotnet format</c>
    /// does not apply them. This class makes the same edit the fix makes at the first place it offers (the reported
    /// declaration: the member, the type, or the method that stores the value), with the value <see cref="Choices"/>
    /// holds for that finding: the person's choice, written down.
    /// </summary>
    internal static class PersonDeclarations
    {
        /// <summary>What the person chose for each finding, by <c>subject → store</c> as the message names them. A finding
        /// missing here fails the test: a new undeclared site in the sample needs a person's choice added here.</summary>
        public static readonly IReadOnlyDictionary<string, Choice> Choices = new Dictionary<string, Choice>(StringComparer.Ordinal)
        {
            ["PostalAddress → SupportDb.Customers"] = new("Send replacement parts to the customer", "Contract"),
            ["ConversationMessage.AuthorName → SupportDb.Messages"] = new("Answer the customer's support request and contact them about it", "Contract"),
            ["CallbackRequest.Phone → SupportDb.Callbacks"] = new("Call the customer back about their support request", "Contract"),
            ["text → File.AppendAllText"] = new("Let support staff follow the conversation up", "LegitimateInterests"),
        };

        /// <summary>A purpose in plain words and one of the six bases (a member of <c>LawfulBasis</c>).</summary>
        public sealed record Choice(string Purpose, string Basis);

        /// <summary>A GDPR002 or GDPR003 finding: where, and what the message names.</summary>
        public sealed record StoredFinding(string RuleId, string File, int Line, int Column, string Subject, string Store)
        {
            public string Key => Subject + " → " + Store;
        }

        /// <summary>
        /// Adds <c>[ProcessingPurpose("...")]</c> for each GDPR002 finding and <c>[LawfulBasis(LawfulBasis.X)]</c> for each
        /// GDPR003 finding, once per declaration, after the declaration's attributes; returns what was added, per file.
        /// </summary>
        public static IReadOnlyList<string> Declare(string folder, IReadOnlyCollection<StoredFinding> findings)
        {
            var added = new List<string>();
            foreach (IGrouping<string, StoredFinding> file in findings.GroupBy(finding => finding.File, StringComparer.Ordinal))
            {
                string path = Path.Combine(folder, file.Key);
                string original = File.ReadAllText(path);
                string newLine = original.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
                SourceText text = SourceText.From(original);
                SyntaxNode root = CSharpSyntaxTree.ParseText(text, path: path).GetRoot();

                // Declaration → attributes to add (a purpose first, then a basis; each once).
                var edits = new Dictionary<MemberDeclarationSyntax, List<string>>();
                foreach (StoredFinding finding in file)
                {
                    if (!Choices.TryGetValue(finding.Key, out Choice? choice))
                    {
                        throw new InvalidOperationException(
                            $"No person's choice for {finding.RuleId} on '{finding.Key}' ({finding.File}:{finding.Line}): add one to {nameof(PersonDeclarations)}.{nameof(Choices)}.");
                    }

                    int position = text.Lines[finding.Line - 1].Start + finding.Column - 1;
                    MemberDeclarationSyntax declaration = root.FindToken(position).Parent!.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().First();
                    if (!edits.TryGetValue(declaration, out List<string>? attributes))
                    {
                        attributes = new List<string>(2);
                        edits.Add(declaration, attributes);
                    }

                    if (finding.RuleId == "GDPR002")
                    {
                        string purpose = $"[ProcessingPurpose(\"{choice.Purpose}\")]";
                        if (!attributes.Contains(purpose))
                        {
                            attributes.Insert(0, purpose);
                        }
                    }
                    else
                    {
                        string basis = $"[LawfulBasis(LawfulBasis.{choice.Basis})]";
                        if (!attributes.Contains(basis))
                        {
                            attributes.Add(basis);
                        }
                    }
                }

                var changes = new List<TextChange>();
                foreach ((MemberDeclarationSyntax declaration, List<string> attributes) in edits)
                {
                    // After the attribute lists, each on a line of its own, or above the declaration (below its comments).
                    int line = declaration.AttributeLists.Count > 0
                        ? text.Lines.GetLineFromPosition(declaration.AttributeLists.Last().Span.End).LineNumber + 1
                        : text.Lines.GetLineFromPosition(declaration.GetFirstToken().SpanStart).LineNumber;
                    string declarationLine = text.Lines[text.Lines.GetLineFromPosition(declaration.GetFirstToken().SpanStart).LineNumber].ToString();
                    string indentation = declarationLine.Substring(0, declarationLine.Length - declarationLine.TrimStart().Length);
                    string insertion = string.Concat(attributes.Select(attribute => indentation + attribute + newLine));
                    changes.Add(new TextChange(new TextSpan(text.Lines[line].Start, 0), insertion));
                    foreach (string attribute in attributes)
                    {
                        added.Add($"{file.Key}:{line + 1}: {attribute}");
                    }
                }

                SourceText changed = text.WithChanges(changes);
                string result = changed.ToString();
                if (!result.Contains("using GdprAnalyzers.Annotations;", StringComparison.Ordinal))
                {
                    result = "using GdprAnalyzers.Annotations;" + newLine + result;
                }

                File.WriteAllText(path, result);
            }

            return added;
        }
    }
}
