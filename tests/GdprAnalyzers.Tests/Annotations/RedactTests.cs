using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;

namespace GdprAnalyzers.Tests.Annotations
{
    /// <summary>
    /// <see cref="Redact.Erase"/> and <see cref="Redact.Pseudonymize"/> as the test process sees them. No test in this
    /// assembly configures a key on the process-wide <see cref="Redact"/>: pseudonyms here come from its ephemeral key,
    /// whatever the order of the tests, and every key test works on an <see cref="IsolatedRedact"/>
    /// (<see cref="RedactKeyTests"/>).
    /// </summary>
    public sealed class RedactTests
    {
        public static TheoryData<object?> AnyValues() => new()
        {
            null,
            string.Empty,
            "alice@example.com",
            42,
            Guid.Parse("9b2f4a6c-1111-4e0b-8c7f-0123456789ab"),
            new DateTime(1984, 2, 29),
            new[] { "a", "b" },
            new object(),
        };

        /// <summary>Realistic personal data; each long enough, or not hexadecimal, so that it can not occur in a pseudonym by
        /// chance.</summary>
        public static TheoryData<string> PersonalDataValues() => new()
        {
            "alice@example.com",
            "+33 6 12 34 56 78",
            "0612345678",
            "Zoë Ünal-Łukasiewicz",
            "12 rue de la Paix, 75002 Paris",
            "FR76 3000 6000 0112 3456 7890 189",
            "AB-123-CD",
            "192.168.10.24",
            "4111111111111111",
            new string('x', 10_000),
        };

        [Fact]
        public void Constants_HaveDocumentedValues()
        {
            Assert.Equal("[erased]", Redact.ErasedMarker);
            Assert.Equal("(null)", Redact.NullMarker);
            Assert.Equal("ps:", Redact.PseudonymPrefix);
            Assert.Equal(32, Redact.MinimumKeyLength);
        }

        [Theory]
        [MemberData(nameof(AnyValues))]
        public void Erase_AnyValue_ReturnsMarker(object? value)
        {
            Assert.Equal(Redact.ErasedMarker, Redact.Erase(value));
        }

        [Fact]
        public void Erase_Null_ReturnsMarker()
        {
            Assert.Equal("[erased]", Redact.Erase(null));
        }

        [Theory]
        [MemberData(nameof(PersonalDataValues))]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("ps:0000000000000000")]
        public void Pseudonymize_Value_IsPrefixAnd16LowercaseHexDigits(string value)
        {
            Assert.Matches("^ps:[0-9a-f]{16}$", Redact.Pseudonymize(value));
        }

        [Theory]
        [MemberData(nameof(PersonalDataValues))]
        public void Pseudonymize_SameValue_IsStable(string value)
        {
            string first = Redact.Pseudonymize(value);

            Assert.Equal(first, Redact.Pseudonymize(value));
            Assert.Equal(first, Redact.Pseudonymize(new string(value.ToCharArray()))); // equal text, another instance
        }

        [Fact]
        public void Pseudonymize_DifferentValues_Differ()
        {
            string[] values = Enumerable.Range(0, 2000).Select(i => $"customer{i}@example.com")
                .Concat(new[] { string.Empty, " ", "alice@example.com", "Alice@example.com", "alice@example.com " })
                .ToArray();

            string[] pseudonyms = values.Select(Redact.Pseudonymize).ToArray();

            Assert.Equal(values.Length, pseudonyms.Distinct(StringComparer.Ordinal).Count());
        }

        [Fact]
        public void Pseudonymize_Null_ReturnsNullMarker()
        {
            Assert.Equal("(null)", Redact.Pseudonymize(null));
        }

        [Theory]
        [MemberData(nameof(PersonalDataValues))]
        public void Pseudonymize_Value_NeverContainsInput(string value)
        {
            string pseudonym = Redact.Pseudonymize(value);

            Assert.DoesNotContain(value, pseudonym, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(value.Replace(" ", string.Empty, StringComparison.Ordinal), pseudonym, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void Pseudonymize_ConcurrentCalls_AgreeWithEachOther()
        {
            string expected = Redact.Pseudonymize("alice@example.com");
            var seen = new System.Collections.Concurrent.ConcurrentBag<string>();

            Parallel.For(0, 2000, _ => seen.Add(Redact.Pseudonymize("alice@example.com")));

            Assert.All(seen, pseudonym => Assert.Equal(expected, pseudonym));
        }

        [Fact]
        public void ConfigurePseudonymizationKey_Null_ThrowsArgumentNullException()
        {
            // Rejected before any state changes, so it is safe on the process-wide Redact.
            ArgumentNullException exception = Assert.Throws<ArgumentNullException>(() => Redact.ConfigurePseudonymizationKey(null!));

            Assert.Equal("key", exception.ParamName);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(16)]
        [InlineData(31)]
        public void ConfigurePseudonymizationKey_ShorterThan32Bytes_ThrowsArgumentException(int length)
        {
            ArgumentException exception = Assert.Throws<ArgumentException>(() => Redact.ConfigurePseudonymizationKey(new byte[length]));

            Assert.Equal("key", exception.ParamName);
            Assert.IsNotType<ArgumentNullException>(exception);
        }
    }

    /// <summary>
    /// The pseudonymisation key's life cycle. Each test loads its own copy of <see cref="Redact"/>
    /// (<see cref="IsolatedRedact"/>), so configuring a key here never reaches the process-wide <see cref="Redact"/> or
    /// another test, whatever the order or parallelism.
    /// </summary>
    public sealed class RedactKeyTests
    {
        private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray();

        private static readonly byte[] OtherKey = Enumerable.Range(1, 32).Select(i => (byte)(255 - i)).ToArray();

        public static TheoryData<string> Values() => new()
        {
            string.Empty,
            "alice@example.com",
            "+33 6 12 34 56 78",
            "Zoë Ünal-Łukasiewicz 🙂",
        };

        [Fact]
        public void Fresh_NoKeyConfigured_UsesEphemeralKeyPerProcess()
        {
            using var first = new IsolatedRedact();
            using var second = new IsolatedRedact();

            Assert.False(first.IsPseudonymizationKeyConfigured);
            Assert.Equal(first.Pseudonymize("alice@example.com"), first.Pseudonymize("alice@example.com"));
            // Two processes (two copies) draw two random keys: their pseudonyms do not correlate.
            Assert.NotEqual(first.Pseudonymize("alice@example.com"), second.Pseudonymize("alice@example.com"));
        }

        [Theory]
        [MemberData(nameof(Values))]
        public void ConfiguredKey_Pseudonym_IsHmacSha256Prefix(string value)
        {
            using var redact = new IsolatedRedact();
            redact.ConfigurePseudonymizationKey(Key);

            string expected = "ps:" + Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(value)).AsSpan(0, 8));

            Assert.True(redact.IsPseudonymizationKeyConfigured);
            Assert.Equal(expected, redact.Pseudonymize(value));
        }

        [Fact]
        public void ConfiguredKey_Pseudonyms_StableAcrossCallsAndProcesses()
        {
            using var first = new IsolatedRedact();
            using var second = new IsolatedRedact();
            first.ConfigurePseudonymizationKey(Key);
            second.ConfigurePseudonymizationKey((byte[])Key.Clone());

            string pseudonym = first.Pseudonymize("alice@example.com");

            Assert.Equal(pseudonym, first.Pseudonymize("alice@example.com"));
            Assert.Equal(pseudonym, second.Pseudonymize("alice@example.com"));
        }

        [Fact]
        public void ConfiguredKey_ReplacesEphemeralKey()
        {
            using var redact = new IsolatedRedact();
            string before = redact.Pseudonymize("alice@example.com");

            redact.ConfigurePseudonymizationKey(Key);

            Assert.NotEqual(before, redact.Pseudonymize("alice@example.com"));
        }

        [Fact]
        public void ConfiguredKey_NullValue_StillReturnsNullMarker()
        {
            using var redact = new IsolatedRedact();
            redact.ConfigurePseudonymizationKey(Key);

            Assert.Equal("(null)", redact.Pseudonymize(null));
            Assert.Equal("[erased]", redact.Erase("alice@example.com"));
        }

        [Fact]
        public void ConfigurePseudonymizationKey_Null_ThrowsArgumentNullExceptionAndConfiguresNothing()
        {
            using var redact = new IsolatedRedact();

            Assert.Throws<ArgumentNullException>("key", () => redact.ConfigurePseudonymizationKey(null!));
            Assert.False(redact.IsPseudonymizationKeyConfigured);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(31)]
        public void ConfigurePseudonymizationKey_ShorterThan32Bytes_ThrowsArgumentExceptionAndConfiguresNothing(int length)
        {
            using var redact = new IsolatedRedact();

            ArgumentException exception = Assert.Throws<ArgumentException>("key", () => redact.ConfigurePseudonymizationKey(new byte[length]));

            Assert.Contains("32", exception.Message, StringComparison.Ordinal);
            Assert.False(redact.IsPseudonymizationKeyConfigured);
        }

        [Theory]
        [InlineData(32)]
        [InlineData(64)]
        public void ConfigurePseudonymizationKey_AtLeast32Bytes_IsAccepted(int length)
        {
            using var redact = new IsolatedRedact();
            byte[] key = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();

            redact.ConfigurePseudonymizationKey(key);

            Assert.True(redact.IsPseudonymizationKeyConfigured);
            string expected = "ps:" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("alice@example.com")).AsSpan(0, 8));
            Assert.Equal(expected, redact.Pseudonymize("alice@example.com"));
        }

        [Fact]
        public void ConfigurePseudonymizationKey_SameKeyTwice_IsAccepted()
        {
            using var redact = new IsolatedRedact();
            redact.ConfigurePseudonymizationKey(Key);
            string pseudonym = redact.Pseudonymize("alice@example.com");

            redact.ConfigurePseudonymizationKey(Key);
            redact.ConfigurePseudonymizationKey((byte[])Key.Clone());

            Assert.Equal(pseudonym, redact.Pseudonymize("alice@example.com"));
        }

        [Fact]
        public void ConfigurePseudonymizationKey_DifferentKey_ThrowsInvalidOperationAndKeepsFirstKey()
        {
            using var redact = new IsolatedRedact();
            redact.ConfigurePseudonymizationKey(Key);
            string pseudonym = redact.Pseudonymize("alice@example.com");

            Assert.Throws<InvalidOperationException>(() => redact.ConfigurePseudonymizationKey(OtherKey));
            Assert.Throws<InvalidOperationException>(() => redact.ConfigurePseudonymizationKey(Key.Concat(new byte[] { 0 }).ToArray()));

            Assert.Equal(pseudonym, redact.Pseudonymize("alice@example.com"));
        }

        [Fact]
        public void ConfigurePseudonymizationKey_CopiesTheArray()
        {
            using var redact = new IsolatedRedact();
            byte[] key = (byte[])Key.Clone();
            redact.ConfigurePseudonymizationKey(key);
            string pseudonym = redact.Pseudonymize("alice@example.com");

            Array.Clear(key);

            Assert.Equal(pseudonym, redact.Pseudonymize("alice@example.com"));
        }

        [Fact]
        public void ConfigurePseudonymizationKey_ConcurrentCallsWithOneKey_AllSucceed()
        {
            using var redact = new IsolatedRedact();

            Parallel.For(0, 64, _ => redact.ConfigurePseudonymizationKey((byte[])Key.Clone()));

            Assert.True(redact.IsPseudonymizationKeyConfigured);
        }

        [Fact]
        public void ConfigurePseudonymizationKey_ConcurrentCallsWithTwoKeys_ExactlyOneKeyWins()
        {
            using var redact = new IsolatedRedact();
            var failures = new System.Collections.Concurrent.ConcurrentBag<byte[]>();

            Parallel.For(0, 64, i =>
            {
                byte[] key = i % 2 == 0 ? Key : OtherKey;
                try
                {
                    redact.ConfigurePseudonymizationKey(key);
                }
                catch (InvalidOperationException)
                {
                    failures.Add(key);
                }
            });

            // All the calls of the key that lost failed, none of the winner's.
            Assert.Equal(32, failures.Count);
            Assert.Single(failures.Distinct());
        }
    }
}
