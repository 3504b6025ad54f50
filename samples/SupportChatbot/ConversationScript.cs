using System;
using System.Collections.Generic;
using System.IO;

namespace SupportChatbot
{
    /// <summary>One scripted conversation: its title and what the customer types, turn by turn.</summary>
    public sealed class Conversation
    {
        public Conversation(string title, IReadOnlyList<string> customerTurns)
        {
            Title = title;
            CustomerTurns = customerTurns;
        }

        /// <summary>The title after <c>===</c>; names the case, never the customer.</summary>
        public string Title { get; }

        public IReadOnlyList<string> CustomerTurns { get; }
    }

    /// <summary>
    /// Reads the scripted customer side (see conversation.txt): the sample never reads the console, so it runs the same
    /// way in CI, where there is no standard input.
    /// </summary>
    public static class ConversationScript
    {
        private const string ConversationStart = "===";

        public static IReadOnlyList<Conversation> Load(string path)
        {
            var conversations = new List<Conversation>();
            string? title = null;
            var turns = new List<string>();
            int lineNumber = 0;
            foreach (string rawLine in File.ReadLines(path))
            {
                lineNumber++;
                string line = rawLine.Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                if (line.StartsWith(ConversationStart, StringComparison.Ordinal))
                {
                    if (title != null)
                    {
                        conversations.Add(new Conversation(title, turns.ToArray()));
                    }

                    title = line.Substring(ConversationStart.Length).Trim();
                    turns.Clear();
                    continue;
                }

                if (title is null)
                {
                    throw new InvalidDataException($"{path}({lineNumber}): a customer turn before the first \"{ConversationStart} <title>\" line.");
                }

                turns.Add(line);
            }

            if (title != null)
            {
                conversations.Add(new Conversation(title, turns.ToArray()));
            }

            return conversations;
        }
    }
}
