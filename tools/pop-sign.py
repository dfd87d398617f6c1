#!/usr/bin/env python3
"""Signs an Alibaba Cloud RPC request (signature version 1.0, HMAC-SHA1) for this service and prints it.

    tools/pop-sign.py Action=DescribeGatewaySMBUsers Version=2018-05-11 Format=JSON GatewayId=gw-...
    curl -s "$(tools/pop-sign.py Action=... Version=... ...)"
    curl -s -X POST "$(tools/pop-sign.py --method POST Action=... ...)"            # parameters in the query string
    curl -s --data "$(tools/pop-sign.py --method POST --body Action=... ...)" http://localhost:9080/   # form body

Adds AccessKeyId, SignatureMethod, SignatureVersion, a fresh SignatureNonce and the current UTC Timestamp (unless
given), then Signature = Base64(HMAC-SHA1(secret + "&", StringToSign)) where StringToSign = METHOD + "&%2F&" +
percentEncode(canonicalized parameters), as FAMILIES.md section 4 describes. The key is the demo key
(demo-access-key / demo-access-secret) unless --key-id / --secret or ACCESS_KEY_ID / ACCESS_KEY_SECRET say otherwise.
--string-to-sign prints the StringToSign instead, to compare with the text after "is:" of a SignatureDoesNotMatch.
"""
import argparse
import base64
import datetime
import hashlib
import hmac
import os
import sys
import uuid

UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def percent_encode(text):
    """UTF-8; every byte but A-Z a-z 0-9 - _ . ~ as %XX, upper-case hex."""
    return "".join(chr(b) if b in UNRESERVED else "%%%02X" % b for b in text.encode("utf-8"))


def canonicalized(parameters):
    names = sorted((name for name in parameters if name != "Signature"), key=lambda name: name.encode("utf-8"))
    return "&".join(percent_encode(name) + "=" + percent_encode(parameters[name]) for name in names)


def string_to_sign(method, parameters):
    return method.upper() + "&" + percent_encode("/") + "&" + percent_encode(canonicalized(parameters))


def sign(secret, text):
    digest = hmac.new((secret + "&").encode("utf-8"), text.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("parameters", nargs="*", metavar="Name=Value")
    parser.add_argument("--url", default=os.environ.get("POP_URL", "http://localhost:9080/"))
    parser.add_argument("--method", default="GET", choices=["GET", "POST"])
    parser.add_argument("--key-id", default=os.environ.get("ACCESS_KEY_ID", "demo-access-key"))
    parser.add_argument("--secret", default=os.environ.get("ACCESS_KEY_SECRET", "demo-access-secret"))
    parser.add_argument("--nonce", help="default: a fresh UUID")
    parser.add_argument("--timestamp", help="default: now, yyyy-MM-ddTHH:mm:ssZ in UTC")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--body", action="store_true", help="print the signed form body, not a URL")
    output.add_argument("--string-to-sign", action="store_true", help="print the StringToSign only")
    args = parser.parse_args(argv)

    parameters = {}
    for pair in args.parameters:
        name, equals, value = pair.partition("=")
        if not equals or not name:
            parser.error("a parameter is Name=Value: " + pair)
        parameters[name] = value
    parameters.setdefault("AccessKeyId", args.key_id)
    parameters.setdefault("SignatureMethod", "HMAC-SHA1")
    parameters.setdefault("SignatureVersion", "1.0")
    parameters.setdefault("SignatureNonce", args.nonce or str(uuid.uuid4()))
    parameters.setdefault("Timestamp", args.timestamp
                          or datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))

    text = string_to_sign(args.method, parameters)
    if args.string_to_sign:
        print(text)
        return 0
    signed = canonicalized(parameters) + "&Signature=" + percent_encode(sign(args.secret, text))
    print(signed if args.body else args.url.rstrip("?") + ("&" if "?" in args.url else "?") + signed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
