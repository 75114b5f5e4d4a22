/// Splits quick-add and filter text into words, the way a shell would but smaller:
///
/// - Unquoted, unescaped whitespace separates words.
/// - `"…"` is literal text and may hold spaces; it joins whatever touches it
///   (`^"beta 2"` is one word). Inside quotes `\"` is a quote and `\\` a backslash;
///   any other backslash stays as typed, so `"C:\temp"` survives.
/// - Outside quotes a backslash makes the next character literal (`\@home`, `\"`).
///   A backslash at the very end is kept as a backslash.
/// - Only double quotes are special: apostrophes are common in titles ("don't").
enum QueryLexer {
    static func words(in text: String) throws(UserError) -> [QueryWord] {
        var words: [QueryWord] = []
        var source = ""
        var resolved = ""
        var plainPrefix = 0
        // Whether everything resolved so far in this word was typed plainly.
        var stillPlain = true
        var inWord = false

        func appendResolved(_ c: Character, plain: Bool) {
            resolved.append(c)
            if plain && stillPlain { plainPrefix += 1 } else { stillPlain = false }
        }
        func finishWord() {
            if inWord {
                words.append(QueryWord(source: source, text: resolved, plainPrefixLength: plainPrefix))
            }
            source = ""
            resolved = ""
            plainPrefix = 0
            stillPlain = true
            inWord = false
        }

        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace {
                finishWord()
                i = text.index(after: i)
                continue
            }
            inWord = true
            if c == "\\" {
                source.append(c)
                let next = text.index(after: i)
                if next < text.endIndex {
                    source.append(text[next])
                    appendResolved(text[next], plain: false)
                    i = text.index(after: next)
                } else {
                    appendResolved("\\", plain: false)
                    i = next
                }
                continue
            }
            if c == "\"" {
                let quoteStart = i
                source.append(c)
                // A quoted stretch is never plain, even when empty: `due:""` has a
                // quoted (empty) value, and `""x` must not make `x` a sigil.
                stillPlain = false
                var j = text.index(after: i)
                var closed = false
                while j < text.endIndex {
                    let q = text[j]
                    source.append(q)
                    if q == "\"" {
                        closed = true
                        j = text.index(after: j)
                        break
                    }
                    if q == "\\" {
                        let next = text.index(after: j)
                        if next < text.endIndex, text[next] == "\"" || text[next] == "\\" {
                            source.append(text[next])
                            appendResolved(text[next], plain: false)
                            j = text.index(after: next)
                            continue
                        }
                    }
                    appendResolved(q, plain: false)
                    j = text.index(after: j)
                }
                guard closed else {
                    throw UserError("unterminated quote in '\(text[quoteStart...])' — close it with \", "
                        + "or write \\\" for a literal quote")
                }
                i = j
                continue
            }
            source.append(c)
            appendResolved(c, plain: true)
            i = text.index(after: i)
        }
        finishWord()
        return words
    }
}
