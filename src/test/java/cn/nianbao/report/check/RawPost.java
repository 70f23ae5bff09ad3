package cn.nianbao.report.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A POST of a large body made up as it is sent, over a plain socket from a given local address, that reads the answer
 * while it is still sending, as RFC 9112 §9.5 asks of a client ("monitor the network connection for an error response
 * while it is transmitting the request"). Java's HttpClient reads the answer only once it has sent the whole body,
 * so when the server refuses a body early and closes the connection, it often loses the answer to the reset.
 */
final class RawPost {

    /** The status, the header block and the body of the answer. */
    record Answer(int status, String headers, String body) {

        String header(String name) {
            return headers.lines()
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("");
        }
    }

    private RawPost() {}

    /** Posts {@code size} bytes, with a declared {@code Content-Length} or chunked, and returns the answer. */
    static Answer from(String localAddress, int port, String path, long size, boolean declared) throws Exception {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(localAddress), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                            + (declared ? "Content-Length: " + size : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread sender = Thread.ofVirtual().start(() -> send(out, size, declared));
            try {
                return read(socket.getInputStream());
            } finally {
                sender.interrupt();
            }
        }
    }

    /** The answer's headers up to the blank line, then as many bytes of body as its Content-Length says. */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the end of the answer's headers: " + head);
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.UTF_8).strip();
        Answer answer = new Answer(Integer.parseInt(headers.split(" ", 3)[1]), headers, "");
        byte[] body = in.readNBytes(Integer.parseInt(answer.header("Content-Length")));
        return new Answer(answer.status(), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static void send(OutputStream out, long size, boolean declared) {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'x');
        try {
            for (long sent = 0; sent < size && !Thread.currentThread().isInterrupted(); sent += block.length) {
                int n = (int) Math.min(block.length, size - sent);
                if (!declared) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block, 0, n);
                if (!declared) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            if (!declared) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            // the server refused the body and closed the connection: what this test expects
        }
    }
}
