#pragma once

#include "records/Concern.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSvgRenderer;

namespace lantern {

class BodyMapModel;

// The two outlines, front and back, side by side, with the marks drawn on them as numbered dots. A click on
// an outline asks for a mark there (markRequested); the canvas itself takes no keyboard focus, because
// BodyMapWidget offers the same by keyboard ("Add mark" at a named region).
class BodyMapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit BodyMapCanvas(BodyMapModel& model, QWidget* parent = nullptr);

    void setSelectedRow(int row);
    // Where a point of the outline is drawn now, in widget coordinates; for tests and for painting.
    QPointF pointFor(BodyMapMark::Side side, double x, double y) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void markRequested(BodyMapMark::Side side, double x, double y);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF figureRect(BodyMapMark::Side side) const;

    BodyMapModel& m_model;
    QSvgRenderer* m_front = nullptr;
    QSvgRenderer* m_back = nullptr;
    int m_selected = -1;
};

// The body map of a concern: the outlines, the list of marks beside them with a note for each, and the
// keyboard way to place a mark — choose a region, "Add mark" — and to take one away. Read-only, it shows the
// outlines and the list and nothing to change them with.
class BodyMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit BodyMapWidget(QWidget* parent = nullptr);

    QList<BodyMapMark> marks() const;
    void setMarks(const QList<BodyMapMark>& marks);
    void setReadOnly(bool readOnly);

    // Adds a mark and selects it, so the note field is next: what a click and "Add mark" both do.
    void addMark(BodyMapMark::Side side, double x, double y);
    // Adds a mark at the region chosen in the combo.
    void addMarkAtChosenRegion();
    void removeSelectedMark();

    BodyMapModel* model() const { return m_model; }
    BodyMapCanvas* canvas() const { return m_canvas; }
    QComboBox* regionCombo() const { return m_region; }
    QLineEdit* noteEdit() const { return m_note; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int selectedRow() const;
    void selectRow(int row);
    void showSelection();

    BodyMapModel* m_model = nullptr;
    BodyMapCanvas* m_canvas = nullptr;
    QLabel* m_regionLabel = nullptr;
    QComboBox* m_region = nullptr;
    QPushButton* m_add = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_hint = nullptr;
    bool m_readOnly = false;
};

} // namespace lantern
