mkdir -p pkg && head -c 1048576 /dev/urandom > pkg/a.bin && head -c 524288 /dev/urandom > pkg/b.bin && tar -cf local.tar pkg && rm -rf pkg
