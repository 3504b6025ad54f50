using System;
using System.Collections.Generic;

namespace GdprAnalyzers
{
    /// <summary>
    /// What the constant SQL of a command or a Dapper call does with its parameters: which statements write (INSERT,
    /// UPDATE, MERGE, UPSERT, REPLACE INTO, a stored procedure not named as a read), and which parameters they store. A
    /// parameter that appears only where rows are selected (after WHERE, ON or HAVING, and in subqueries there) is a
    /// search key, not stored data: <c>UPDATE Customers SET LastSeen = @now WHERE Email = @email</c> stores <c>@now</c>,
    /// not <c>@email</c>; a statement that does not write (SELECT, DELETE) stores nothing. Parameters are <c>@name</c>
    /// and <c>:name</c>; positional ones (<c>?</c>, <c>$1</c>) count for every name. String literals, quoted identifiers
    /// and comments are skipped. A lexical reading, not a parser: what it cannot place counts as stored.
    /// </summary>
    internal sealed class SqlText
    {
        private static readonly HashSet<string> WriteWords = new(StringComparer.Ordinal) { "INSERT", "UPDATE", "MERGE", "UPSERT" };
        private static readonly HashSet<string> SelectionWords = new(StringComparer.Ordinal) { "WHERE", "ON", "HAVING" };
        private static readonly HashSet<string> ValueWords = new(StringComparer.Ordinal)
        {
            "SET", "VALUES", "SELECT", "INSERT", "UPDATE", "MERGE", "UPSERT", "REPLACE", "THEN", "USING", "OUTPUT", "RETURNING", "INTO",
        };

        /// <summary>The first word of a stored procedure's name that says it only reads (after a prefix such as
        /// <c>usp_</c>): <c>GetCustomerByEmail</c>, <c>usp_FindOrders</c>.</summary>
        private static readonly HashSet<string> ReadVerbs = new(StringComparer.Ordinal)
        {
            "get", "select", "find", "search", "list", "read", "fetch", "load", "lookup", "query", "count", "exists", "exist",
            "check", "is", "has", "retrieve", "view", "report", "validate", "verify", "browse", "show",
        };

        /// <summary>Words that make a procedure write, wherever they are in its name (<c>GetOrCreateCustomer</c>).</summary>
        private static readonly HashSet<string> WriteVerbs = new(StringComparer.Ordinal)
        {
            "insert", "update", "upsert", "save", "add", "create", "set", "merge", "register", "store", "write", "put", "log",
            "record", "import", "sync", "modify", "edit", "change", "replace", "append", "upload", "submit", "post", "assign",
            "link", "subscribe", "enroll", "enrol", "track", "audit", "persist",
        };

        private static readonly HashSet<string> ProcedurePrefixes = new(StringComparer.Ordinal) { "sp", "usp", "p", "proc", "prc", "pr", "dbo", "fn" };

        private readonly HashSet<string> stored = new(StringComparer.Ordinal);
        private readonly HashSet<string> mentioned = new(StringComparer.Ordinal);
        private bool storesPositional;
        private bool storesEverything;

        private SqlText()
        {
        }

        /// <summary>Whether any statement writes.</summary>
        public bool Writes { get; private set; }

        /// <summary>Reads the commands <paramref name="texts"/> (constant SQL or stored procedure names) together;
        /// <paramref name="procedures"/> says they are procedure names (Dapper's <c>CommandType.StoredProcedure</c>).</summary>
        public static SqlText Parse(IEnumerable<string> texts, bool procedures = false)
        {
            var sql = new SqlText();
            foreach (string text in texts)
            {
                if (procedures || IsProcedureName(text))
                {
                    sql.AddProcedure(text.Trim());
                }
                else
                {
                    sql.AddStatements(text);
                }
            }

            return sql;
        }

        /// <summary>Whether the value of the parameter <paramref name="name"/> (with or without its <c>@</c> or
        /// <c>:</c>; null when not known) is stored: it appears outside a selection in a writing statement, or it is passed
        /// to a procedure that may write. A name that the SQL does not mention counts as stored when anything is.</summary>
        public bool Stores(string? name)
        {
            if (storesEverything)
            {
                return true;
            }

            if (name is null)
            {
                return Writes;
            }

            string key = Normalize(name);
            if (stored.Contains(key) || (storesPositional && Writes))
            {
                return true;
            }

            return !mentioned.Contains(key) && Writes;
        }

        /// <summary>Whether a stored procedure named <paramref name="name"/> (schema, brackets and a prefix such as
        /// <c>usp_</c> allowed) only reads: its first word is a read verb and no word of it is a write verb.</summary>
        public static bool IsReadProcedure(string name)
        {
            int dot = name.LastIndexOf('.');
            string last = (dot >= 0 ? name.Substring(dot + 1) : name).Trim('[', ']', '"', '`', ' ');
            List<string> words = PersonalDataNames.SplitWords(last);
            int first = 0;
            while (first < words.Count - 1 && ProcedurePrefixes.Contains(words[first]))
            {
                first++;
            }

            if (first >= words.Count || !ReadVerbs.Contains(words[first]))
            {
                return false;
            }

            for (int i = first; i < words.Count; i++)
            {
                if (WriteVerbs.Contains(words[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsProcedureName(string text)
        {
            string trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return false;
            }

            foreach (char c in trimmed)
            {
                if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '[' or ']' or '"' or '`' or '$' or '#'))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Normalize(string name) => name.TrimStart('@', ':', '?').ToUpperInvariant();

        private void AddProcedure(string name)
        {
            if (!IsReadProcedure(name))
            {
                Writes = true;
                storesEverything = true;
            }
        }

        private void AddStatements(string text)
        {
            var occurrences = new List<(string? Name, bool Selection)>();
            var stack = new Stack<(bool Base, bool Current)>();
            (bool Base, bool Current) state = (false, false);
            bool writes = false;
            string? firstWord = null;
            string? previousWord = null;
            bool expectProcedure = false;
            int i = 0;
            while (i <= text.Length)
            {
                char c = i < text.Length ? text[i] : ';';
                if (c == ';')
                {
                    EndStatement(occurrences, writes);
                    occurrences.Clear();
                    stack.Clear();
                    state = (false, false);
                    writes = false;
                    firstWord = null;
                    previousWord = null;
                    expectProcedure = false;
                    i++;
                    continue;
                }

                if (expectProcedure && (IsWordStart(c) || c is '"' or '`' or '['))
                {
                    int nameEnd = QualifiedNameEnd(text, i);
                    AddProcedure(text.Substring(i, nameEnd - i));
                    expectProcedure = false;
                    writes |= storesEverything;
                    i = nameEnd;
                    continue;
                }

                if (c is '\'' or '"' or '`' or '[')
                {
                    i = QuotedEnd(text, i);
                    continue;
                }

                if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
                {
                    int end = text.IndexOf('\n', i);
                    i = end < 0 ? text.Length : end + 1;
                    continue;
                }

                if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                {
                    int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? text.Length : end + 2;
                    continue;
                }

                if (c == '(')
                {
                    stack.Push(state);
                    state = (state.Current, state.Current);
                    i++;
                    continue;
                }

                if (c == ')')
                {
                    state = stack.Count > 0 ? stack.Pop() : (false, false);
                    i++;
                    continue;
                }

                if ((c == '@' || c == ':') && i + 1 < text.Length && IsWordStart(text[i + 1]) && !(i > 0 && (text[i - 1] == ':' || text[i - 1] == '@')))
                {
                    int end = WordEnd(text, i + 1);
                    occurrences.Add((text.Substring(i + 1, end - i - 1).ToUpperInvariant(), state.Current));
                    i = end;
                    continue;
                }

                if (c == '@' && i + 1 < text.Length && text[i + 1] == '@')
                {
                    i = WordEnd(text, i + 2); // @@IDENTITY, a system value
                    continue;
                }

                if (c == '?' || (c == '$' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                {
                    occurrences.Add((null, state.Current));
                    i = c == '?' ? i + 1 : WordEnd(text, i + 1);
                    continue;
                }

                if (IsWordStart(c))
                {
                    int end = WordEnd(text, i);
                    string word = text.Substring(i, end - i).ToUpperInvariant();
                    firstWord ??= word;
                    if (word is "EXEC" or "EXECUTE" or "CALL" && firstWord == word)
                    {
                        expectProcedure = true;
                    }
                    else if (WriteWords.Contains(word) && previousWord != "FOR")
                    {
                        writes = true; // SELECT ... FOR UPDATE locks rows, it does not write them.
                    }
                    else if (word == "REPLACE" && firstWord == "REPLACE")
                    {
                        writes = true; // MySQL's REPLACE INTO; REPLACE(...) elsewhere is a string function.
                    }

                    if (SelectionWords.Contains(word))
                    {
                        state = (state.Base, true);
                    }
                    else if (ValueWords.Contains(word))
                    {
                        state = (state.Base, state.Base);
                    }

                    previousWord = word;
                    i = end;
                    continue;
                }

                i++;
            }
        }

        private void EndStatement(List<(string? Name, bool Selection)> occurrences, bool writes)
        {
            Writes |= writes;
            foreach ((string? name, bool selection) in occurrences)
            {
                if (name != null)
                {
                    mentioned.Add(name);
                }

                if (!writes || selection)
                {
                    continue;
                }

                if (name is null)
                {
                    storesPositional = true;
                }
                else
                {
                    stored.Add(name);
                }
            }
        }

        /// <summary>Where the quoted literal or identifier starting at <paramref name="start"/> ends (after its closing
        /// quote; a doubled quote inside is an escape).</summary>
        private static int QuotedEnd(string text, int start)
        {
            char close = text[start] == '[' ? ']' : text[start];
            int end = start + 1;
            while (end < text.Length)
            {
                if (text[end] == close)
                {
                    if (end + 1 < text.Length && text[end + 1] == close)
                    {
                        end += 2;
                        continue;
                    }

                    return end + 1;
                }

                end++;
            }

            return text.Length;
        }

        /// <summary>Where a name such as <c>[dbo].[usp_GetCustomer]</c> or <c>sales.get_customer</c> ends.</summary>
        private static int QualifiedNameEnd(string text, int start)
        {
            int end = start;
            while (end < text.Length)
            {
                end = text[end] is '"' or '`' or '[' ? QuotedEnd(text, end) : WordEnd(text, end);
                if (end < text.Length && text[end] == '.' && end + 1 < text.Length && (IsWordStart(text[end + 1]) || text[end + 1] is '"' or '`' or '['))
                {
                    end++;
                    continue;
                }

                break;
            }

            return end;
        }

        private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

        private static int WordEnd(string text, int start)
        {
            int end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || text[end] == '$' || text[end] == '#'))
            {
                end++;
            }

            return end;
        }
    }
}
