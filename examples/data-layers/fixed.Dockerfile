# The same final filesystem in one layer: 1 MiB stored, nothing wasted.
FROM busybox:1.36
RUN mkdir /data \
 && dd if=/dev/zero bs=1024 count=1024 of=/data/one \
 && chmod -R 0777 /data \
 && dd if=/dev/zero bs=1024 count=1024 of=/data/two \
 && chmod -R 0777 /data \
 && rm /data/one
CMD ["ls", "-alh", "/data"]
