# SopIngest service (src/SopIngest.Web): one image for the web and the worker roles (SopIngest__Role).
# Build from the repository root:  docker build -t sopingest .
# .NET 10 images are Ubuntu 24.04 "noble" (no Debian images for .NET 10); package names below are noble's.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/SopIngest.Web/SopIngest.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# OCR (Tesseract 5 with the Indonesian model, bound through libtesseract.so.5 / liblept.so.5), PDF rasterising
# (poppler's pdftoppm for page images, ghostscript), and the GTK libraries OpenCvSharp's native build links.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng tesseract-ocr-osd \
      poppler-utils ghostscript libgtk-3-0t64 fonts-dejavu-core curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# OpenMP threads inside Tesseract cost 3-4x on small machines (docs/SERVICE.md); parallelism comes from workers.
# The port is the aspnet image's own (ASPNETCORE_HTTP_PORTS=8080, all interfaces); ASPNETCORE_URLS overrides it.
ENV OMP_THREAD_LIMIT=1 \
    SopIngest__DataDirectory=/var/lib/sopingest
# The aspnet image's non-root user (UID 1654) owns the embedded data folder, used when no connection strings are set.
USER root
RUN mkdir -p /var/lib/sopingest && chown app:app /var/lib/sopingest
USER app
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 CMD curl -fsS http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["dotnet", "SopIngest.Web.dll"]
