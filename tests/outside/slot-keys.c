/* slot-keys: opens one Lantern key slot from outside Lantern, with libsodium alone (issue #12, "a test per
 * role, outside Lantern's own code"). Written from the slot format in docs/ARCHITECTURE.md ("Key hierarchy"),
 * not from Lantern's sources:
 *
 *   password --Argon2id13 (ops, mem, salt)--> KEK
 *   KEK --XChaCha20-Poly1305-IETF (nonce; AD "lantern-keyslot-v2" 0 vault id 0 slot id 0 user 0 kind)-->
 * X25519 sk sk --crypto_box_seal_open--> each sealed key
 *
 * Usage: slot-keys [--recovery] VAULT_ID SLOT_ID USER KIND OPS MEM SALT NONCE WRAPPED PUBLIC [NAME SEALED]...
 * The base64 fields are as in keyslots.json; give the slot's own sealed_key as NAME "directory". The secret
 * is read from the first line of standard input, never from the command line: the password, or with
 * --recovery the printed recovery key, whose 8 groups of 5 Crockford base-32 characters carry 4 data symbols
 * each (the fifth is a check, not verified here: a mistyped key simply does not unwrap), 160 bits in all.
 * Prints "NAME HEXKEY" for each sealed key that opens, and a line on standard error for each that does not.
 * Exit status: 0 the slot's secret key unwrapped, 1 it did not (wrong secret, or a slot renamed, re-kinded,
 * moved), 2 bad usage or input. */
#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char* decode(const char* base64, size_t expected, const char* field)
{
    unsigned char* out = sodium_malloc(expected + 1);
    size_t length = 0;
    if (!out ||
        sodium_base642bin(out, expected + 1, base64, strlen(base64), NULL, &length, NULL,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length != expected) {
        fprintf(stderr, "slot-keys: %s is not %zu bytes of base64\n", field, expected);
        exit(2);
    }
    return out;
}

/* The 20 secret bytes of a printed recovery key; 0 if it is not 40 symbols. */
static int recoverySecret(const char* typed, unsigned char* secret)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    size_t symbols = 0, bits = 0;
    memset(secret, 0, 20);
    for (; *typed; ++typed) {
        int c = toupper((unsigned char)*typed);
        if (c == '-' || c == ' ')
            continue;
        c = c == 'I' || c == 'L' ? '1' : c == 'O' ? '0' : c;
        const char* found = strchr(alphabet, c);
        if (!found || symbols >= 40)
            return 0;
        if (symbols++ % 5 == 4)
            continue; /* the group's check symbol */
        for (int bit = 4; bit >= 0; --bit, ++bits)
            if (((found - alphabet) >> bit) & 1)
                secret[bits / 8] |= (unsigned char)(0x80 >> bits % 8);
    }
    return symbols == 40;
}

int main(int argc, char** argv)
{
    const int recovery = argc > 1 && strcmp(argv[1], "--recovery") == 0;
    char** arg = argv + 1 + recovery;
    const int count = argc - 1 - recovery;
    if (count < 10 || (count - 10) % 2 != 0 || sodium_init() < 0) {
        fprintf(stderr, "usage: slot-keys [--recovery] VAULT_ID SLOT_ID USER KIND OPS MEM SALT NONCE WRAPPED "
                        "PUBLIC [NAME SEALED]... < secret\n");
        return 2;
    }
    const char *vaultId = arg[0], *slotId = arg[1], *user = arg[2], *kind = arg[3];
    const unsigned long long ops = strtoull(arg[4], NULL, 10);
    const size_t mem = (size_t)strtoull(arg[5], NULL, 10);
    unsigned char* salt = decode(arg[6], crypto_pwhash_SALTBYTES, "salt");
    unsigned char* nonce = decode(arg[7], crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, "nonce");
    unsigned char* wrapped = decode(
        arg[8], crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES, "wrapped_secret_key");
    unsigned char* publicKey = decode(arg[9], crypto_box_PUBLICKEYBYTES, "public_key");

    char* line = sodium_malloc(1024);
    if (!line || !fgets(line, 1024, stdin)) {
        fprintf(stderr, "slot-keys: no secret on standard input\n");
        return 2;
    }
    line[strcspn(line, "\r\n")] = '\0';
    unsigned char* secret = (unsigned char*)line;
    size_t secretLength = strlen(line);
    unsigned char* recoveryBytes = sodium_malloc(20);
    if (recovery) {
        if (!recoverySecret(line, recoveryBytes)) {
            fprintf(stderr, "slot-keys: a recovery key has 40 symbols (8 groups of 5)\n");
            return 2;
        }
        secret = recoveryBytes;
        secretLength = 20;
    }

    unsigned char* kek = sodium_malloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, (const char*)secret, secretLength,
                      salt, ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        fprintf(stderr, "slot-keys: Argon2id refused ops %llu, mem %zu\n", ops, mem);
        return 2;
    }
    /* "lantern-keyslot-v2" 0 vault id 0 slot id 0 user 0 kind */
    char ad[1024];
    const int adLength = snprintf(ad, sizeof ad, "lantern-keyslot-v2%c%s%c%s%c%s%c%s", 0, vaultId, 0, slotId,
                                  0, user, 0, kind);
    if (adLength < 0 || (size_t)adLength >= sizeof ad)
        return 2;
    unsigned char* secretKey = sodium_malloc(crypto_box_SECRETKEYBYTES);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey, NULL, NULL, wrapped,
            crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES, (const unsigned char*)ad,
            (unsigned long long)adLength, nonce, kek) != 0) {
        fprintf(stderr, "slot-keys: the slot's secret key does not unwrap with this secret, user and kind\n");
        return 1;
    }

    unsigned char* key = sodium_malloc(32);
    char* hex = sodium_malloc(65);
    for (int index = 10; index < count; index += 2) {
        unsigned char* sealed = decode(arg[index + 1], crypto_box_SEALBYTES + 32, arg[index]);
        if (crypto_box_seal_open(key, sealed, crypto_box_SEALBYTES + 32, publicKey, secretKey) == 0)
            printf("%s %s\n", arg[index], sodium_bin2hex(hex, 65, key, 32));
        else
            fprintf(stderr, "slot-keys: the sealed key of %s does not open with this slot\n", arg[index]);
        sodium_free(sealed);
    }
    sodium_free(hex); /* sodium_free wipes */
    sodium_free(key);
    sodium_free(secretKey);
    sodium_free(kek);
    sodium_free(recoveryBytes);
    sodium_free(line);
    return 0;
}
