import { AnalysisPoster, AnalysisReceiver } from './analysis-delta';
import type { Analysis, AnalyzedFinding } from './analysis-types';
import { PublishedDiagnostics, toDiagnostic } from './diagnostics';

const finding = (line: number, message: string): AnalyzedFinding => ({ rule: 'consecutive-run', severity: 'warning', message, range: { start: { line, character: 0 }, end: { line, character: 9 } } });
const analysis = (findings: AnalyzedFinding[]): Analysis => ({ findings, layers: [], baseImages: [] });

describe('PublishedDiagnostics', () => {
  test('a finding the worker posted unchanged gets the diagnostic it got before (the same object); a changed, moved or new one a new one', () => {
    const poster = new AnalysisPoster();
    const receiver = new AnalysisReceiver();
    const uri = 'file:///p/Dockerfile';
    const published = new PublishedDiagnostics();
    const diagnosticsOf = (documentUri: string, received: Analysis) => published.of(documentUri, received);
    const first = diagnosticsOf(uri, receiver.receive(structuredClone(poster.post(uri, 'a\nb\n', analysis([finding(1, 'kept'), finding(2, 'changed')])))));
    const received = receiver.receive(structuredClone(poster.post(uri, 'a\nb\n', analysis([finding(1, 'kept'), finding(2, 'changed now'), finding(3, 'new')]))));
    const second = diagnosticsOf(uri, received);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second).toEqual(received.findings.map((each) => toDiagnostic(each, uri)));
    // another document's diagnostic is made for it (its related locations name its URI)
    const elsewhere = diagnosticsOf('file:///q/Dockerfile', received);
    expect(elsewhere[0]).not.toBe(first[0]);
    // a finding the receiver did not hand out is made a diagnostic each time
    const plain = analysis([finding(1, 'kept')]);
    expect(diagnosticsOf(uri, plain)[0]).not.toBe(diagnosticsOf(uri, plain)[0]);
  });

  test('a closed document keeps none: its next diagnostics are made afresh', () => {
    const poster = new AnalysisPoster();
    const receiver = new AnalysisReceiver();
    const uri = 'file:///p/Dockerfile';
    const published = new PublishedDiagnostics();
    const first = published.of(uri, receiver.receive(structuredClone(poster.post(uri, 'a\n', analysis([finding(1, 'kept')])))));
    const again = receiver.receive(structuredClone(poster.post(uri, 'a\n', analysis([finding(1, 'kept')]))));
    published.forget(uri);
    const second = published.of(uri, again);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]).toEqual(first[0]);
  });
});
