using System;
using System.Reflection;
using System.Runtime.Loader;
using GdprAnalyzers.Annotations;

namespace GdprAnalyzers.Tests.Annotations
{
    /// <summary>
    /// A private copy of <see cref="Redact"/>, loaded from the same file into its own collectible
    /// <see cref="AssemblyLoadContext"/>. Its static key state starts empty, as in a fresh process, and nothing done to it
    /// reaches the <see cref="Redact"/> of the test process or of another copy. Key tests use one copy each, so they are
    /// independent of their order and of the tests running beside them.
    /// </summary>
    internal sealed class IsolatedRedact : IDisposable
    {
        private readonly AssemblyLoadContext context;
        private readonly Func<bool> isKeyConfigured;

        public IsolatedRedact()
        {
            context = new AssemblyLoadContext("redact-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            Assembly assembly = context.LoadFromAssemblyPath(typeof(Redact).Assembly.Location);
            Type type = assembly.GetType(typeof(Redact).FullName!, throwOnError: true)!;
            if (type == typeof(Redact))
            {
                throw new InvalidOperationException("The annotations assembly was not isolated.");
            }

            Pseudonymize = type.GetMethod(nameof(Redact.Pseudonymize))!.CreateDelegate<Func<string?, string>>();
            Erase = type.GetMethod(nameof(Redact.Erase))!.CreateDelegate<Func<object?, string>>();
            ConfigurePseudonymizationKey = type.GetMethod(nameof(Redact.ConfigurePseudonymizationKey))!.CreateDelegate<Action<byte[]>>();
            isKeyConfigured = type.GetProperty(nameof(Redact.IsPseudonymizationKeyConfigured))!.GetMethod!.CreateDelegate<Func<bool>>();
        }

        /// <summary><see cref="Redact.Pseudonymize"/> of this copy.</summary>
        public Func<string?, string> Pseudonymize { get; }

        /// <summary><see cref="Redact.Erase"/> of this copy.</summary>
        public Func<object?, string> Erase { get; }

        /// <summary><see cref="Redact.ConfigurePseudonymizationKey"/> of this copy; exceptions are thrown as they are.</summary>
        public Action<byte[]> ConfigurePseudonymizationKey { get; }

        /// <summary><see cref="Redact.IsPseudonymizationKeyConfigured"/> of this copy.</summary>
        public bool IsPseudonymizationKeyConfigured => isKeyConfigured();

        public void Dispose() => context.Unload();
    }
}
